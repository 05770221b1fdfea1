/**
 * Implementation of the validation report's JSON: the codec shared by the report reader and the
 * streaming report writer, and the report's field lists. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.serialization.internal.schema;

import org.jspecify.annotations.NullMarked;
