/**
 * The domain model: one immutable type per record type of the exchange format ({@link
 * org.shegong.core.model.Agency}, {@link org.shegong.core.model.Station}, {@link
 * org.shegong.core.model.Worker}, {@link org.shegong.core.model.Child}, {@link
 * org.shegong.core.model.ServiceRecord}, {@link org.shegong.core.model.Demand}, {@link
 * org.shegong.core.model.Project}, and the extensions {@link org.shegong.core.model.Volunteer} and
 * {@link org.shegong.core.model.VolunteerTeam}), plus the nested objects they contain.
 *
 * <p>Accessor names are the JSON field names of {@code docs/exchange-format.md}, exactly; {@link
 * org.shegong.core.model.RecordType} and {@link org.shegong.core.model.FieldNames} list them. Every
 * type is immutable and thread-safe, is built with its static {@code builder()}, and is copied with
 * {@code with…} methods or {@code builder().from(…)}.
 *
 * <h2 id="absence-policy">Absence policy</h2>
 *
 * <p>The types hold bad data so that validation can report it; construction rejects only
 * programming errors.
 *
 * <ul>
 *   <li>Every record has {@code String id()}, never null: when not set it is the empty string, and
 *       a blank id means "missing" and is reported by validation.
 *   <li>Every other scalar attribute is an {@link java.util.Optional}: absent is not the same as a
 *       default value. Booleans are {@code Optional<Boolean>}; integers are {@code
 *       Optional<Integer>} and hold any {@code int}, so that an out-of-range value (an urgency of
 *       7, a negative count) can be reported.
 *   <li>Every collection attribute is an unmodifiable {@link java.util.List}, never null; an absent
 *       array and an empty array are the same (an empty list).
 *   <li>Identifiers and division codes are the lenient value types: a malformed citizen ID is held
 *       as {@code CitizenId.lenient(raw)} and reported by validation.
 *   <li>A {@code null} passed to a builder or {@code with…} method is a programming error and
 *       throws {@link java.lang.NullPointerException}; to leave an attribute absent, do not set it
 *       (or pass {@code Optional.empty()}).
 *   <li>Nothing in the model reads the system clock; rules that depend on dates belong to
 *       validation, with its configured reference date.
 * </ul>
 *
 * <h2>Privacy</h2>
 *
 * <p>Sensitive attributes (citizen IDs, phone numbers of people, the names of children and
 * guardians, parents' situations) carry {@link org.shegong.core.privacy.Sensitive} and print as
 * {@code ***} in {@code toString()}.
 *
 * @since 0.1.0
 */
@ModelStyle
@NullMarked
package org.shegong.core.model;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.ModelStyle;
