/**
 * Shegong serialization: the Jackson 3 module for the model, the streaming exchange-file reader and
 * writer, the JSON Schemas of the record types and the validation report's JSON.
 *
 * @since 0.1.0
 */
module org.shegong.serialization {
  requires transitive org.shegong.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.shegong.serialization;
  exports org.shegong.serialization.report;
  exports org.shegong.serialization.schema;
  // the Jackson 2 bridge runs the same binders, the tabular module echoes cells as the binders
  // echo values; nobody else sees the implementation
  exports org.shegong.serialization.internal to
      org.shegong.jackson2,
      org.shegong.tabular;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.serialization.internal.SerializationRuleProvider;
  provides tools.jackson.databind.JacksonModule with
      org.shegong.serialization.ShegongModule;
}
