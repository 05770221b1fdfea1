package org.shegong.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageTemplateTest {

  private static final MessageTemplate OVERDUE =
      MessageTemplate.of("{days, plural, one {# day} other {# days}} overdue since {dueOn}");

  @Test
  void replacesNamedPlaceholders() {
    MessageTemplate template = MessageTemplate.of("{field} {value} is after {asOf}");

    assertThat(template.format(Map.of("field", "openedOn", "value", "2999-01-01", "asOf", "x")))
        .isEqualTo("openedOn 2999-01-01 is after x");
    assertThat(template.placeholders()).containsExactly("asOf", "field", "value");
  }

  @Test
  void choosesTheEnglishPluralFormByTheNumber() {
    assertThat(OVERDUE.format(Map.of("days", 1, "dueOn", "2024-06-29")))
        .isEqualTo("1 day overdue since 2024-06-29");
    assertThat(OVERDUE.format(Map.of("days", 0L, "dueOn", "d")))
        .isEqualTo("0 days overdue since d");
    assertThat(OVERDUE.format(Map.of("days", 12, "dueOn", "d")))
        .isEqualTo("12 days overdue since d");
    assertThat(OVERDUE.format(Map.of("days", new BigDecimal("1.00"), "dueOn", "d")))
        .isEqualTo("1 day overdue since d");
  }

  @Test
  void anExactSelectorWinsOverOneAndOther() {
    MessageTemplate template =
        MessageTemplate.of("{n, plural, =0 {no visits} one {one visit by {who}} other {# visits}}");

    assertThat(template.format(Map.of("n", 0, "who", "W-1"))).isEqualTo("no visits");
    assertThat(template.format(Map.of("n", 1, "who", "W-1"))).isEqualTo("one visit by W-1");
    assertThat(template.format(Map.of("n", 2, "who", "W-1"))).isEqualTo("2 visits");
    assertThat(template.placeholders()).containsExactly("n", "who");
  }

  @Test
  void bracesThatOpenNoPlaceholderAreText() {
    MessageTemplate template = MessageTemplate.of("{\"recordType\":\"child\"} {x} } # {1}");

    assertThat(template.format(Map.of("x", "y"))).isEqualTo("{\"recordType\":\"child\"} y } # {1}");
    assertThat(template.placeholders()).containsExactly("x");
  }

  @Test
  void aMissingArgumentIsNamed() {
    assertThatThrownBy(() -> OVERDUE.format(Map.of("days", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dueOn'");
  }

  @Test
  void aPluralNeedsAWholeNumber() {
    assertThatThrownBy(() -> OVERDUE.format(Map.of("days", "three", "dueOn", "d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'days' must be a whole number");
    assertThatThrownBy(() -> OVERDUE.format(Map.of("days", new BigDecimal("1.5"), "dueOn", "d")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMalformedTemplates() {
    assertThatThrownBy(() -> MessageTemplate.of("{days, plural, one {# day}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'other' form");
    assertThatThrownBy(() -> MessageTemplate.of("{days, plural, other {# days}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageTemplate.of("{days"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageTemplate.of("{days, select, a {x} other {y}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only plural");
    assertThatThrownBy(() -> MessageTemplate.of("{days, plural, few {x} other {y}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'few'");
  }

  @Test
  void localizedTemplatesChooseTheLanguageByLocale() {
    LocalizedTemplate gap =
        LocalizedTemplate.of("相隔{days}天", "{days, plural, one {# day} other {# days}} apart");

    assertThat(gap.format(Locale.SIMPLIFIED_CHINESE, Map.of("days", 1))).isEqualTo("相隔1天");
    assertThat(gap.format(Locale.forLanguageTag("zh-TW"), Map.of("days", 2))).isEqualTo("相隔2天");
    assertThat(gap.format(Locale.ENGLISH, Map.of("days", 1))).isEqualTo("1 day apart");
    assertThat(gap.samePlaceholders()).isTrue();
    assertThat(LocalizedTemplate.of("第{number}项", "item").samePlaceholders()).isFalse();
  }

  static Stream<Arguments> seededCounts() {
    return LongStream.range(0, 200)
        .mapToObj(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              long n = random.nextInt(4) == 0 ? 1 : random.nextLong(-1_000_000, 1_000_000);
              return Arguments.of(seed, n);
            });
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("seededCounts")
  void theSingularIsUsedForExactlyOne(long seed, long n) {
    String text = OVERDUE.format(Map.of("days", n, "dueOn", "d"));

    assertThat(text).startsWith(n + (n == 1 ? " day " : " days "));
  }
}
