package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.ShegongException;
import org.shegong.core.code.RiskTier;

class TierPolicyTest {

  @ParameterizedTest
  @CsvSource({"TIER_1, 7, 1", "TIER_2, 14, 3", "TIER_3, 30, 6", "TIER_4, 90, 12"})
  void defaultsAreShegongsDocumentedNumbers(RiskTier tier, int visitDays, int reviewMonths) {
    TierPolicy policy = TierPolicy.defaults();

    assertThat(policy.name()).isEqualTo("Shegong defaults");
    assertThat(policy.nameEn()).isEqualTo("Shegong defaults");
    assertThat(policy.nameZh()).isEqualTo("社工开发包默认值");
    assertThat(policy.visitIntervalFor(tier)).isEqualTo(Period.ofDays(visitDays));
    assertThat(policy.reviewPeriodFor(tier)).isEqualTo(Period.ofMonths(reviewMonths));
  }

  @Test
  void namesThePolicyValueInMessages() {
    TierPolicy policy = TierPolicy.defaults();

    assertThat(policy.visitIntervalTextEn(RiskTier.TIER_1))
        .isEqualTo("visit interval for TIER_1 (red) is 7 days under policy 'Shegong defaults'");
    assertThat(policy.visitIntervalTextZh(RiskTier.TIER_2))
        .isEqualTo("政策“社工开发包默认值”规定TIER_2(黄)的走访间隔为14天");
    assertThat(policy.reviewPeriodTextEn(RiskTier.TIER_4))
        .isEqualTo("review period for TIER_4 (green) is 12 months under policy 'Shegong defaults'");
    assertThat(policy.reviewPeriodTextZh(RiskTier.TIER_1))
        .isEqualTo("政策“社工开发包默认值”规定TIER_1(红)的复评周期为1个月");
  }

  @Test
  void theBuilderStartsFromTheDefaultsAndReplacesSingleTiers() {
    TierPolicy local =
        TierPolicy.builder()
            .name("某县 2025")
            .putVisitIntervals(RiskTier.TIER_1, Period.ofDays(3))
            .putReviewPeriods(RiskTier.TIER_4, Period.ofMonths(6))
            .build();

    assertThat(local.visitIntervalFor(RiskTier.TIER_1)).isEqualTo(Period.ofDays(3));
    assertThat(local.visitIntervalFor(RiskTier.TIER_2)).isEqualTo(Period.ofDays(14));
    assertThat(local.reviewPeriodFor(RiskTier.TIER_4)).isEqualTo(Period.ofMonths(6));
    assertThat(local.visitIntervalTextEn(RiskTier.TIER_1))
        .isEqualTo("visit interval for TIER_1 (red) is 3 days under policy '某县 2025'");
    assertThat(TierPolicy.defaults().visitIntervalFor(RiskTier.TIER_1)).isEqualTo(Period.ofDays(7));
  }

  @Test
  void aChangedPolicyMustHaveItsOwnName() {
    assertThatThrownBy(
            () ->
                TierPolicy.builder().putVisitIntervals(RiskTier.TIER_3, Period.ofDays(21)).build())
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-CHD-030")
        .hasMessageContaining("own name")
        .satisfies(e -> assertThat(((ShegongException) e).ruleCode()).isEqualTo("SG-CHD-030"));
  }

  @Test
  void rejectsZeroOrNegativePeriods() {
    assertThatThrownBy(
            () ->
                TierPolicy.builder()
                    .name("x")
                    .putVisitIntervals(RiskTier.TIER_2, Period.ZERO)
                    .build())
        .hasMessageStartingWith("SG-CHD-030 tier policy 'x': visit interval for TIER_2 (yellow)");
    assertThatThrownBy(
            () ->
                TierPolicy.builder()
                    .name("x")
                    .putReviewPeriods(RiskTier.TIER_1, Period.of(0, 1, -1))
                    .build())
        .hasMessageContaining("review period for TIER_1 (red) must be positive");
  }

  @Test
  void aReplacedMapMustNameEveryTier() {
    assertThatThrownBy(
            () ->
                TierPolicy.builder()
                    .name("x")
                    .visitIntervals(java.util.Map.of(RiskTier.TIER_1, Period.ofDays(7)))
                    .build())
        .hasMessageContaining("visit interval for TIER_2 (yellow) must be given");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    TierPolicy local =
        TierPolicy.builder()
            .name("某县")
            .putVisitIntervals(RiskTier.TIER_1, Period.ofDays(5))
            .build();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(local);
      out.writeObject(TierPolicy.defaults());
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TierPolicy copy = (TierPolicy) in.readObject();
      TierPolicy defaults = (TierPolicy) in.readObject();
      assertThat(copy).isEqualTo(local).isNotSameAs(local);
      assertThat(copy.visitIntervalFor(RiskTier.TIER_1)).isEqualTo(Period.ofDays(5));
      assertThat(defaults).isEqualTo(TierPolicy.defaults());
    }
  }
}
