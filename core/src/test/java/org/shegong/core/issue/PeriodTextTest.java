package org.shegong.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodTextTest {

  @Test
  void writesPeriodsWithPluralsInEnglish() {
    assertThat(PeriodText.en(Period.ofDays(1))).isEqualTo("1 day");
    assertThat(PeriodText.en(Period.ofDays(7))).isEqualTo("7 days");
    assertThat(PeriodText.en(Period.of(1, 3, 0))).isEqualTo("1 year 3 months");
  }

  @Test
  void writesPeriodsInChinese() {
    assertThat(PeriodText.zh(Period.ofDays(7))).isEqualTo("7天");
    assertThat(PeriodText.zh(Period.of(1, 3, 0))).isEqualTo("1年3个月");
  }

  @Test
  void writesAZeroPeriodAsZeroDays() {
    assertThat(PeriodText.en(Period.ZERO)).isEqualTo("0 days");
    assertThat(PeriodText.zh(Period.ZERO)).isEqualTo("0天");
  }
}
