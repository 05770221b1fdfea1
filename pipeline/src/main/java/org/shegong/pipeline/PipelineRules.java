package org.shegong.pipeline;

import java.util.List;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.message.LocalizedText;

/**
 * The rules of {@code shegong-pipeline}: failures of Shegong itself while it checks a record, which
 * a report names instead of ending the run with a stack trace.
 *
 * <p>They are contributed to {@link org.shegong.core.issue.RuleCatalogue#load()} through a {@link
 * org.shegong.core.issue.RuleProvider}.
 *
 * @since 0.2.0
 */
public final class PipelineRules {

  /**
   * SG-INT-001: checking failed inside Shegong (a bug in a rule, an unexpected exception or an
   * error such as a stack overflow). On a record ({@link #RECORD_NOT_CHECKED}) the record counts as
   * having an error and the run goes on with the next one; in a source whose reading failed ({@link
   * #REST_NOT_CHECKED}) the issue sits after the last record read and the run goes on with the next
   * source. Either way the report keeps everything found so far, and the command line exits with
   * status 2, since the report is incomplete. The message names the failure's class only, never its
   * message (which may quote the input).
   */
  public static final Rule INTERNAL_FAILURE =
      Rule.builder()
          .code("SG-INT-001")
          .layer(Layer.DOMAIN)
          .severity(Severity.ERROR)
          .summaryZh("校验记录时不得发生内部故障（出现即为 Shegong 的缺陷，请报告）")
          .summaryEn("Checking a record does not fail inside Shegong (if it does, report the bug)")
          .messageZh("Shegong 内部故障（{failure}）：{scope}")
          .messageEn("internal failure of Shegong ({failure}): {scope}")
          .example("a rule that throws an unexpected exception on a record")
          .build();

  /** The {@code scope} of SG-INT-001 on a record: the record was not fully checked. */
  public static final LocalizedText RECORD_NOT_CHECKED =
      new LocalizedText("此记录未能完整校验", "this record was not fully checked");

  /** The {@code scope} of SG-INT-001 on a source: reading stopped, the rest was not checked. */
  public static final LocalizedText REST_NOT_CHECKED =
      new LocalizedText("读取在此处中止，其后的内容未校验", "reading stopped here; the rest was not checked");

  private static final List<Rule> ALL = List.of(INTERNAL_FAILURE);

  private PipelineRules() {}

  /**
   * Returns every rule of this module, sorted by code.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return ALL;
  }
}
