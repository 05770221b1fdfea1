package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link DivisionCode} over seeded random texts: each case draws {@value #DRAWS}
 * texts from {@code new Random(seed)}, so a failing seed in the case name reproduces the failure.
 */
class DivisionCodeProperties {

  private static final int DRAWS = 250;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCodeStartsWithEachOfItsAncestors(long seed) {
    Random random = new Random(seed);
    for (int draw = 0; draw < DRAWS; draw++) {
      String text = digits(random, new int[] {6, 9, 12}[random.nextInt(3)]);
      DivisionCode code = DivisionCode.of(text);

      DivisionCode current = code;
      while (current.parent().isPresent()) {
        DivisionCode parent = current.parent().orElseThrow();
        assertThat(text).as(text).startsWith(parent.value());
        assertThat(parent.level()).as(text).isLessThan(current.level());
        current = parent;
      }
      assertThat(current).as(text).isEqualTo(code.provinceCode());
      assertThat(current.level()).as(text).isEqualTo(DivisionLevel.PROVINCE);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void twelveDigitCodesAreVillagesUnlessTheyEndInThreeZeros(long seed) {
    Random random = new Random(seed);
    for (int draw = 0; draw < DRAWS; draw++) {
      String text = random.nextBoolean() ? digits(random, 12) : digits(random, 9) + "000";
      DivisionCode code = DivisionCode.of(text);

      if (text.endsWith("000")) {
        assertThat(code.level()).as(text).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(code.canonical().value()).as(text).isEqualTo(text.substring(0, 9));
      } else {
        assertThat(code.level()).as(text).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(code.villagePart()).as(text).contains(text.substring(9));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lenientIsValidExactlyWhenStrictAccepts(long seed) {
    Random random = new Random(seed);
    String alphabet = "0123456789a ";
    for (int draw = 0; draw < DRAWS; draw++) {
      StringBuilder b = new StringBuilder();
      // mostly digits, so that every length from 0 to 14 is drawn with and without a stray char
      boolean clean = random.nextBoolean();
      for (int i = random.nextInt(15); i > 0; i--) {
        b.append(clean ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(12)));
      }
      String text = b.toString();
      DivisionCode lenient = DivisionCode.lenient(text);

      if (lenient.isValid()) {
        assertThat(DivisionCode.of(text)).as(text).isEqualTo(lenient);
      } else {
        assertThatThrownBy(() -> DivisionCode.of(text))
            .as(text)
            .isInstanceOf(InvalidDivisionCodeException.class);
      }
    }
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

      DivisionCode county = DivisionCode.of(text + digits(random, 6 - text.length()));
      assertThat(county.provinceOrCityForm().isPresent())
          .as(county.value())
          .isEqualTo(county.value().endsWith("00"));
      assertThat(county.gbt2260Form()).as(county.value()).hasValue(county);
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
