package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the GB/T 2260 region forms over seeded random codes: each case draws {@value
 * #DRAWS} codes from {@code new Random(seed)}, so the seed in the case name reproduces a failure.
 */
class RegionFormProperties {

  private static final int DRAWS = 250;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  /**
   * The GB/T 2260 form of a province or city code and its province-or-city reading are inverse (a
   * city's own 2 digits are 01 or more, so no real city code ends in 00).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void gbt2260FormAndProvinceOrCityFormAreInverse(long seed) {
    Random random = new Random(seed);
    for (int draw = 0; draw < DRAWS; draw++) {
      String text =
          random.nextBoolean()
              ? digits(random, 2)
              : digits(random, 2) + String.format("%02d", 1 + random.nextInt(99));
      DivisionCode region = DivisionCode.ofAnyLevel(text);

      DivisionCode gbt = region.gbt2260Form().orElseThrow();
      assertThat(gbt.value()).as(text).hasSize(6).startsWith(text).endsWith("00");
      assertThat(gbt.level()).as(text).isEqualTo(DivisionLevel.COUNTY);
      assertThat(gbt.provinceOrCityForm()).as(text).hasValue(region);
    }
  }

  /** A 6-digit code has a province-or-city reading exactly when it ends in 00. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void onlyASixDigitCodeEndingInZerosReadsAsAProvinceOrCity(long seed) {
    Random random = new Random(seed);
    for (int draw = 0; draw < DRAWS; draw++) {
      int zeros = random.nextInt(5);
      String text = digits(random, 6 - zeros) + "0".repeat(zeros);
      DivisionCode county = DivisionCode.of(text);

      assertThat(county.provinceOrCityForm().isPresent()).as(text).isEqualTo(text.endsWith("00"));
      if (text.endsWith("00")) {
        assertThat(county.provinceOrCityForm().orElseThrow().value())
            .as(text)
            .isEqualTo(text.endsWith("0000") ? text.substring(0, 2) : text.substring(0, 4));
      }
      assertThat(county.gbt2260Form()).as(text).hasValue(county);
      assertThat(DivisionCode.of(text + digits(random, 3)).provinceOrCityForm()).isEmpty();
    }
  }

  private static String digits(Random random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }
}
