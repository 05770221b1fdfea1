/**
 * Example: embedding the main job in a vendor's system with {@code shegong-pipeline}.
 *
 * @since 0.1.0
 */
package org.shegong.examples.vendor;
