/**
 * Shegong tabular: ledgers (台账) as xlsx workbooks and CSV files — read as exchange records with
 * their cells, written back, and empty templates.
 *
 * @since 0.2.0
 */
module org.shegong.tabular {
  requires transitive org.shegong.core;
  requires transitive org.shegong.serialization;
  requires org.dhatim.fastexcel;
  requires java.xml;
  requires com.fasterxml.aalto;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports org.shegong.tabular;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.tabular.internal.TabularRuleProvider;
}
