/**
 * Identifier value types: citizen ID numbers (公民身份号码, GB 11643-1999), unified social credit codes
 * (统一社会信用代码, GB 32100-2015) and mainland mobile numbers.
 *
 * <p>Every identifier type has the same shape. {@code of(raw)} normalises and checks the value and
 * throws {@link org.shegong.core.id.InvalidIdentifierException} on the first defect; {@code
 * lenient(raw)} never throws for non-null input and keeps malformed text, so that the validation
 * layer can report on bad data: {@code isValid()}, {@code defect()} and {@code defects()} tell what
 * is wrong as {@link org.shegong.core.id.IdentifierDefect}s, each with a stable rule code, a {@link
 * org.shegong.core.issue.Severity severity} and a description in Chinese and English. Derived
 * accessors ({@code birthDate()}, {@code registrationAuthority()}, …) throw {@link
 * org.shegong.core.id.InvalidIdentifierException} on an invalid instance: check {@code isValid()}
 * first.
 *
 * <p>Instances are immutable and thread-safe; equality is on the normalised value. {@code
 * toString()} is the masked value and never shows a raw citizen ID or phone number.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.id;

import org.jspecify.annotations.NullMarked;
