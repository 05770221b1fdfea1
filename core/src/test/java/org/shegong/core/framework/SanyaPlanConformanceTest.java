package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.framework.PlanFixtures.FIVE_DOMAINS;
import static org.shegong.core.framework.PlanFixtures.framework;
import static org.shegong.core.framework.PlanFixtures.kinds;
import static org.shegong.core.framework.PlanFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SanyaPlanConformanceTest {

  private final ServiceFramework sanya = framework("1+1+5+X");

  @Test
  void conformingPlanHasNoDiscrepancy() {
    assertThat(
            sanya.check(
                plan(
                    List.of("大社区资源链接平台"),
                    List.of("一老一小关爱项目"),
                    FIVE_DOMAINS,
                    List.of("椰城邻里节", "海岸守护行动"))))
        .isEmpty();
  }

  @Test
  void conformingPlanMayHaveNoLocalBrandService() {
    assertThat(sanya.check(plan(List.of("平台"), List.of("项目"), FIVE_DOMAINS, List.of()))).isEmpty();
  }

  @Test
  void domainSlotWithOnlyFourDomainsNamesTheMissingOne() {
    List<PlanDiscrepancy> found =
        sanya.check(plan(List.of("平台"), List.of("项目"), FIVE_DOMAINS.subList(0, 4), List.of()));

    assertThat(found).hasSize(1);
    PlanDiscrepancy missing = found.get(0);
    assertThat(missing.ruleCode()).isEqualTo("SG-FWK-004");
    assertThat(missing.kind()).isEqualTo(DiscrepancyKind.MISSING_MEMBERS);
    assertThat(missing.slotIndex()).hasValue(2);
    assertThat(missing.items()).containsExactly("SOCIAL_AFFAIRS");
    assertThat(missing.messageEn()).contains("slots[2]").contains("SOCIAL_AFFAIRS");
    assertThat(missing.messageZh()).contains("五大服务领域").contains("SOCIAL_AFFAIRS");
  }

  @Test
  void otherInsteadOfACoreDomainIsMissingPlusOutsideTheSet() {
    List<String> domains = new ArrayList<>(FIVE_DOMAINS.subList(0, 4));
    domains.add("OTHER");

    List<PlanDiscrepancy> found =
        sanya.check(plan(List.of("平台"), List.of("项目"), domains, List.of()));

    assertThat(kinds(found)).containsExactly("SG-FWK-004", "SG-FWK-005");
    assertThat(found.get(1).items()).containsExactly("OTHER");
    assertThat(found.get(1).messageEn()).contains("outside its set: OTHER");
  }

  @Test
  void aNameTypedIntoThePlanIsNeverShownInFull() {
    List<String> domains = new ArrayList<>(FIVE_DOMAINS);
    domains.add("Li Xiaolong");

    List<PlanDiscrepancy> outside =
        sanya.check(plan(List.of("平台"), List.of("项目"), domains, List.of()));
    List<PlanDiscrepancy> repeated =
        sanya.check(plan(List.of("平台"), List.of("项目"), FIVE_DOMAINS, List.of("王小明", "王小明")));

    assertThat(kinds(outside)).containsExactly("SG-FWK-005");
    assertThat(outside.get(0).messageEn())
        .contains("outside its set: L…(11 chars)")
        .doesNotContain("Li Xiaolong");
    assertThat(outside.get(0).messageZh()).doesNotContain("Li Xiaolong");
    assertThat(repeated).hasSize(1);
    assertThat(repeated.get(0).messageZh()).contains("\"王…(3 chars)\"").doesNotContain("王小明");
    assertThat(repeated.get(0).messageEn()).doesNotContain("王小明");
  }

  @Test
  void sixthDomainOtherIsOutsideTheSetOnly() {
    List<String> domains = new ArrayList<>(FIVE_DOMAINS);
    domains.add("OTHER");

    assertThat(kinds(sanya.check(plan(List.of("平台"), List.of("项目"), domains, List.of()))))
        .containsExactly("SG-FWK-005");
  }

  @Test
  void itemInTwoSlotsNamesBothSlots() {
    List<PlanDiscrepancy> found =
        sanya.check(plan(List.of("社区议事会"), List.of("项目"), FIVE_DOMAINS, List.of("社区议事会", "品牌")));

    assertThat(found).hasSize(1);
    PlanDiscrepancy twice = found.get(0);
    assertThat(twice.ruleCode()).isEqualTo("SG-FWK-007");
    assertThat(twice.slotIndex()).hasValue(3);
    assertThat(twice.otherSlotIndex()).hasValue(0);
    assertThat(twice.items()).containsExactly("社区议事会");
    assertThat(twice.messageEn()).contains("slots[0]").contains("slots[3]");
    assertThat(twice.messageZh()).contains("slots[0]").contains("slots[3]");
  }

  @Test
  void reportsEveryDiscrepancyOfABadlyBrokenPlan() {
    List<PlanDiscrepancy> found =
        sanya.check(
            plan(
                List.of("平台", "第二平台"),
                List.of(" "),
                List.of("ELDERLY_CARE", "ELDERLY_CARE", "OTHER"),
                List.of("平台")));

    assertThat(kinds(found))
        .containsExactly(
            "SG-FWK-003", // two platforms
            "SG-FWK-008", // blank key project ...
            "SG-FWK-003", // ... so none
            "SG-FWK-009", // ELDERLY_CARE twice
            "SG-FWK-004", // four domains missing
            "SG-FWK-005", // OTHER
            "SG-FWK-007"); // 平台 in slots 0 and 3
  }
}
