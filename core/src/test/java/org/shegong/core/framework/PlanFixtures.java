package org.shegong.core.framework;

import java.util.Arrays;
import java.util.List;

/** Plans and frameworks shared by the conformance tests. */
final class PlanFixtures {

  private PlanFixtures() {}

  static final FrameworkRegistry BUILT_IN = FrameworkRegistry.builtIn();

  static final List<String> FIVE_DOMAINS =
      List.of(
          "SOCIAL_ASSISTANCE",
          "ELDERLY_CARE",
          "CHILD_CARE_AND_PROTECTION",
          "COMMUNITY_GOVERNANCE",
          "SOCIAL_AFFAIRS");

  static final List<String> NINE_ACTIONS =
      List.of(
          "困境群体服务行动",
          "老幼关爱支持行动",
          "社区治理参与行动",
          "社会救助帮扶行动",
          "志愿服务提升行动",
          "家庭教育指导行动",
          "心理健康关爱行动",
          "社区文化共建行动",
          "平安社区共治行动");

  static ServiceFramework framework(String code) {
    return BUILT_IN.find(code).orElseThrow();
  }

  @SafeVarargs
  static List<List<String>> plan(List<String>... slots) {
    return Arrays.asList(slots);
  }

  static List<String> kinds(List<PlanDiscrepancy> discrepancies) {
    return discrepancies.stream().map(PlanDiscrepancy::ruleCode).toList();
  }
}
