package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkNotationTest {

  @Test
  void parsesTheBuiltInNotationsIntoFixedAndVariableCounts() {
    assertThat(FrameworkNotation.parse("1+1+5+X"))
        .containsExactly(
            SlotCount.fixed(1), SlotCount.fixed(1), SlotCount.fixed(5), SlotCount.variable("X"));
    assertThat(FrameworkNotation.parse("1+9+N"))
        .containsExactly(SlotCount.fixed(1), SlotCount.fixed(9), SlotCount.variable("N"));
    assertThat(FrameworkNotation.parse("1+3+3X+N"))
        .containsExactly(
            SlotCount.fixed(1),
            SlotCount.fixed(3),
            SlotCount.variable(3, "X"),
            SlotCount.variable("N"));
  }

  @Test
  void keepsTheCoefficientInTheVariableCount() {
    SlotCount threeX = FrameworkNotation.parse("3X").get(0);
    assertThat(threeX.isVariable()).isTrue();
    assertThat(threeX.symbol()).contains("X");
    assertThat(threeX.coefficient()).hasValue(3);
    assertThat(threeX.fixedCount()).isEmpty();
    assertThat(threeX.notation()).isEqualTo("3X");
    assertThat(threeX).isNotEqualTo(SlotCount.variable("X"));
  }

  @Test
  void fixedCountHasNoSymbolOrCoefficient() {
    SlotCount nine = FrameworkNotation.parse("9").get(0);
    assertThat(nine.isFixed()).isTrue();
    assertThat(nine.fixedCount()).hasValue(9);
    assertThat(nine.symbol()).isEmpty();
    assertThat(nine.coefficient()).isEmpty();
  }

  @Test
  void printsCountsBackAsTheNotation() {
    assertThat(
            FrameworkNotation.print(
                List.of(
                    SlotCount.fixed(1),
                    SlotCount.fixed(3),
                    SlotCount.variable(3, "X"),
                    SlotCount.variable("N"))))
        .isEqualTo("1+3+3X+N");
    assertThat(FrameworkNotation.print(List.of(SlotCount.fixed(12)))).isEqualTo("12");
  }

  @Test
  void refusesToPrintAnEmptyListOfCounts() {
    assertThatThrownBy(() -> FrameworkNotation.print(List.of()))
        .isInstanceOf(FrameworkNotationException.class)
        .hasMessageStartingWith("SG-FWK-001");
  }

  @ParameterizedTest(name = "\"{0}\" at {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``          | 1  | empty",
        "+1+5        | 1  | starts with '+'",
        "1+5+        | 4  | ends with '+'",
        "1++5        | 3  | empty term",
        "1+1+5+X++   | 9  | empty term",
        "1+0+X       | 3  | count 0",
        "1+0X        | 3  | coefficient 0",
        "1+05+X      | 3  | leading zero",
        "1+1+5+x     | 7  | write 'X'",
        "1+1+5+Ｘ     | 7  | full-width letter",
        "1＋1+5+X     | 2  | full-width plus",
        "1+１+5       | 3  | full-width digit",
        "`1 + 1`     | 2  | whitespace",
        "` 1+1`      | 1  | whitespace",
        "1+1　+X      | 4  | whitespace",
        "1+α         | 3  | non-ASCII",
        "1-1         | 2  | unexpected character '-'",
        "1+XY        | 4  | second letter",
        "1+X3        | 4  | after the symbol",
        "1+1X        | 3  | write 'X'",
        "1+99999999999 | 3 | too large",
      })
  void rejectsMalformedNotationNamingThePosition(String notation, int position, String problem) {
    assertThatThrownBy(() -> FrameworkNotation.parse(notation))
        .isInstanceOf(FrameworkNotationException.class)
        .hasMessageStartingWith("SG-FWK-001 malformed framework notation")
        .hasMessageContaining("at position " + position + ":")
        .hasMessageContaining(problem)
        .asInstanceOf(type(FrameworkNotationException.class))
        .satisfies(
            e -> {
              assertThat(e.ruleCode()).isEqualTo("SG-FWK-001");
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.notation()).isEqualTo(notation);
            });
  }

  @Test
  void reportsTheFirstProblemFromTheLeft() {
    assertThatThrownBy(() -> FrameworkNotation.parse("1++x"))
        .hasMessageContaining("at position 3: empty term");
  }

  @Test
  void shortensAVeryLongNotationInTheMessage() {
    String notation = "1+".repeat(100) + "x";
    assertThatThrownBy(() -> FrameworkNotation.parse(notation))
        .hasMessageContaining("…\" at position 201:")
        .hasMessageNotContaining(notation);
  }

  @Test
  void strictFactoriesRejectCountsThatHaveNoSpelling() {
    assertThatThrownBy(() -> SlotCount.fixed(0)).hasMessageStartingWith("SG-FWK-001");
    assertThatThrownBy(() -> SlotCount.variable(1, "X")).hasMessageContaining("write X");
    assertThatThrownBy(() -> SlotCount.variable("x")).hasMessageStartingWith("SG-FWK-001");
    assertThatThrownBy(() -> SlotCount.variable("XY")).hasMessageStartingWith("SG-FWK-001");
  }
}
