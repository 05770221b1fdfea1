/**
 * JSON serialization of Shegong records: the {@code shegong-serialization} module.
 *
 * @since 0.1.0
 */
package org.shegong.serialization;
