/**
 * Example: read an exchange file, validate it as a batch and write the valid records back, in full
 * and masked, with {@code shegong-pipeline} and {@code shegong-serialization}.
 *
 * @since 0.1.0
 */
package org.shegong.examples.exchange;
