/**
 * Issues, rules and reports: the one shape in which every Shegong module reports a problem in data.
 *
 * <p>A {@link org.shegong.core.issue.Rule} is a catalogue entry: a stable code ({@code SG-…}), a
 * severity per {@link org.shegong.core.issue.Profile}, what it checks and its message in Chinese
 * and English. An {@link org.shegong.core.issue.Issue} is one finding of a rule on one value: the
 * rule's code and severity, the message in the chosen locale, a JSON Pointer to the value and, in
 * batches, the file, line, record index, record type and record id. A {@link
 * org.shegong.core.issue.Report} aggregates issues with the counts of the exchange-format report.
 *
 * <p>The types live in {@code core} so that the serialization module (syntax and structure problems
 * found while reading) and the validation module (field, domain and batch rules) report in the same
 * type without either depending on the other. Messages never contain a raw citizen ID, phone number
 * or child's name: callers pass masked values as message arguments.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.issue;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
