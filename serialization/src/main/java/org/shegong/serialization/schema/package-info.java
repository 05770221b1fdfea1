/**
 * JSON Schema (draft 2020-12) of the exchange format, shipped in the jar: one schema per record
 * type, one for the header line and one for the validation report; see {@link
 * org.shegong.serialization.schema.JsonSchemas}.
 *
 * <p>The schemas are generated from the model at build time (in tests) and committed as resources,
 * so reading them needs no schema generator at run time.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.serialization.schema;

import org.jspecify.annotations.NullMarked;
