package org.shegong.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.ShegongException;

class MoneyTest {

  @Test
  void parsesAndPrintsWithTwoFractionDigits() {
    assertThat(Money.parse("3000").toPlainString()).isEqualTo("3000.00");
    assertThat(Money.parse("180.5").toPlainString()).isEqualTo("180.50");
    assertThat(Money.parse("-12.34").toPlainString()).isEqualTo("-12.34");
    assertThat(Money.parse("0.01").isPositive()).isTrue();
  }

  @Test
  void equalAmountsAreEqualWhateverTheirWrittenScale() {
    assertThat(Money.parse("3000")).isEqualTo(Money.parse("3000.00")).isEqualTo(Money.ofYuan(3000));
    assertThat(Money.of(new BigDecimal("12.5"))).isEqualTo(Money.parse("12.50"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1.234", "1e3", "+5", "01", "1,000", " 5", "1.", ".5", "NaN"})
  void rejectsTextThatIsNotAnAmountOfYuan(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-MNY-001")
        .extracting(e -> ((ShegongException) e).ruleCode())
        .isEqualTo(Money.RULE_CODE);
  }

  @Test
  void rejectsMoreThanTwoSignificantFractionDigits() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.001")))
        .isInstanceOf(ShegongException.class)
        .hasMessageContaining("0.001");
    assertThat(Money.of(new BigDecimal("2.500"))).isEqualTo(Money.parse("2.5"));
  }

  @Test
  void addsSubtractsAndMultipliesExactly() {
    Money monthly = Money.parse("0.10");
    Money total = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      total = total.plus(monthly);
    }
    assertThat(total).isEqualTo(Money.parse("1.00"));
    assertThat(Money.ofYuan(220).times(12)).isEqualTo(Money.parse("2640"));
    assertThat(Money.ofYuan(180).minus(Money.ofYuan(220)).isNegative()).isTrue();
    assertThat(Money.ofYuan(6000)).isGreaterThan(Money.ofYuan(3000));
  }

  @Test
  void printsWithTheCurrency() {
    assertThat(Money.ofYuan(6000)).hasToString("6000.00 元");
  }
}
