/**
 * Shegong serialization: the Jackson module for the model, the streaming exchange-file reader and
 * writer.
 *
 * @since 0.1.0
 */
module org.shegong.serialization {
  requires transitive org.shegong.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.shegong.serialization;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.serialization.internal.SerializationRuleProvider;
}
