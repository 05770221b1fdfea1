/**
 * Shegong pipeline: the main job (read sources, validate every record on every core, apply the
 * cross-record rules, report in file order) as a library.
 *
 * @since 0.1.0
 */
module org.shegong.pipeline {
  requires transitive org.shegong.validation;
  requires transitive org.shegong.serialization;
  requires transitive org.shegong.tabular;
  requires static org.jspecify;

  exports org.shegong.pipeline;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.pipeline.internal.PipelineRuleProvider;
}
