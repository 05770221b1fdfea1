/**
 * Validation of Shegong records and standard models: the {@code shegong-validation} module.
 *
 * @since 0.1.0
 */
package org.shegong.validation;
