/**
 * Shegong serialization: the Jackson module for the model, the streaming exchange-file reader and
 * writer, the JSON Schemas of the record types and the validation report's JSON.
 *
 * @since 0.1.0
 */
module org.shegong.serialization {
  requires transitive org.shegong.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.shegong.serialization;
  exports org.shegong.serialization.report;
  exports org.shegong.serialization.schema;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.serialization.internal.SerializationRuleProvider;
}
