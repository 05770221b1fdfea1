package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;

class SerializationRulesTest {

  @Test
  void rulesAreContributedToTheCatalogue() {
    RuleCatalogue catalogue = RuleCatalogue.load();

    for (Rule rule : SerializationRules.all()) {
      assertThat(catalogue.find(rule.code())).contains(rule);
    }
  }

  @Test
  void definesExactlyTheCodesItOwnsAndNotRequiredFields() {
    assertThat(SerializationRules.all())
        .extracting(Rule::code)
        .containsExactly(
            "SG-SYN-001",
            "SG-SYN-002",
            "SG-SYN-003",
            "SG-SYN-004",
            "SG-SYN-005",
            "SG-STR-002",
            "SG-STR-003",
            "SG-STR-004",
            "SG-STR-005",
            "SG-STR-006",
            "SG-HDR-001",
            "SG-HDR-002",
            "SG-HDR-003")
        .doesNotContain("SG-STR-001");
  }

  @Test
  void everyMessageFormatsInBothLanguages() {
    for (Rule rule : SerializationRules.all()) {
      Map<String, Object> arguments = new HashMap<>();
      rule.placeholders().forEach(name -> arguments.put(name, "«" + name + "»"));

      assertThat(rule.message(Locale.SIMPLIFIED_CHINESE, arguments)).doesNotContain("{");
      assertThat(rule.message(Locale.ENGLISH, arguments)).doesNotContain("{");
      assertThat(rule.example()).isNotBlank();
    }
  }
}
