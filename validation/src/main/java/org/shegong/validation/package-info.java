/**
 * Validation of Shegong records and standard models: the {@code shegong-validation} module.
 *
 * <p>{@link org.shegong.validation.ShegongValidator} is the single entry point, built once from a
 * serializable {@link org.shegong.validation.ValidationConfig}; {@link
 * org.shegong.validation.BatchValidation} streams the records of an exchange file through the batch
 * rules. Every problem is an {@link org.shegong.core.issue.Issue} of a rule listed by {@link
 * org.shegong.validation.ShegongValidator#rules()}.
 *
 * <p>Nullness is declared with JSpecify: every package of the module is {@code @NullMarked}, so a
 * parameter or result is never null unless it is annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation;

import org.jspecify.annotations.NullMarked;
