package org.shegong.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Blank#isBlank} answers as {@link String#isBlank()} does, for every first character. */
class BlankTest {

  @Test
  void answersAsTheJdkForEveryCharacterAloneAndFirst() {
    int blank = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String alone = String.valueOf((char) c);
      for (String text : new String[] {alone, alone + "C-1", alone + " ", alone + "\u3000"}) {
        assertThat(Blank.isBlank(text)).as("U+%04X in %s", c, text).isEqualTo(text.isBlank());
      }
      if (alone.isBlank()) {
        blank++;
      }
    }
    assertThat(blank).as("white space characters of the BMP").isGreaterThan(20);
    assertThat(Blank.isBlank("")).isTrue();
    assertThat(Blank.isBlank(" \t\u3000\u2028")).isTrue();
    assertThat(Blank.isBlank("\u00a0")).isFalse();
  }

  @Test
  void answersAsTheJdkForRandomTexts() {
    Random random = new Random(5);
    char[] pool = {' ', '\t', '\n', '\u3000', '\u2003', '\u00a0', '\u0085', 'C', '社', '\u1680'};
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(5); n > 0; n--) {
        text.append(pool[random.nextInt(pool.length)]);
      }
      String s = text.toString();
      assertThat(Blank.isBlank(s)).as("%s", s.chars().boxed().toList()).isEqualTo(s.isBlank());
    }
  }
}
