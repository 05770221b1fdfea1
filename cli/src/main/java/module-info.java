/**
 * The {@code shegong} command line: validate exchange files, export the JSON Schemas, generate
 * sample data, compute township coverage, list the rules.
 *
 * <p>Exports only the launcher class {@link org.shegong.cli.Main}; the commands are internal and
 * opened to picocli, which reads their annotated fields reflectively.
 *
 * @since 0.1.0
 */
module org.shegong.cli {
  requires org.shegong.pipeline;
  requires org.shegong.validation;
  requires org.shegong.serialization;
  requires org.shegong.tabular;
  requires org.shegong.testing;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires tools.jackson.core;
  requires java.logging;
  requires static org.jspecify;

  exports org.shegong.cli;

  opens org.shegong.cli.internal to
      info.picocli;
}
