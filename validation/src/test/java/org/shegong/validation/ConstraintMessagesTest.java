package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Rule;

/**
 * The public constraints name each rule they break with a message of {@code
 * ValidationMessages.properties}: every rule of the identifier and division-code areas has one in
 * English and Chinese, starting with its code.
 */
class ConstraintMessagesTest {

  private static final List<String> AREAS = List.of("SG-CID-", "SG-USC-", "SG-TEL-", "SG-DIV-");

  static Stream<String> constraintRules() {
    return Generated.validator().rules().rules().stream()
        .map(Rule::code)
        .filter(code -> AREAS.stream().anyMatch(code::startsWith));
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ConstraintMessagesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constraintRules")
  void everyRuleAPublicConstraintReportsHasAMessageInBothLanguages(String code) throws IOException {
    String key = "org.shegong.validation.rules." + code;

    assertThat(bundle("ValidationMessages.properties").getProperty(key))
        .as("English message of " + code)
        .startsWith(code + " ");
    assertThat(bundle("ValidationMessages_zh_CN.properties").getProperty(key))
        .as("Chinese message of " + code)
        .startsWith(code + " ");
  }
}
