/**
 * Implementation of the JSON Schema export and of the report JSON; not API, never exported.
 *
 * @since 0.1.0
 */
package org.shegong.serialization.internal.schema;
