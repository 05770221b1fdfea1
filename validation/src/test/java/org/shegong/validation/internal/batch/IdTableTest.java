package org.shegong.validation.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An id table answers exactly as a {@link HashMap} of strings does, for short and long, Latin-1 and
 * wider texts, through its growth, whatever the hash: even when every text has the same hash.
 */
class IdTableTest {

  @ParameterizedTest(name = "seed {0}, {1} texts, weak hash {2}")
  @CsvSource({"1, 20000, false", "2, 3000, true", "3, 50000, false"})
  void answersAsAMapOfStrings(long seed, int count, boolean weak) {
    Random random = new Random(seed);
    Hashing.Function hashing = weak ? text -> 7 : Hashing.keyed();
    IdTable table = new IdTable(hashing);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String text = text(random);
      int value = random.nextInt(1000) + 1;
      Integer before = expected.putIfAbsent(text, value);
      assertThat(table.putIfAbsent(text, value, 0)).isEqualTo(before == null ? 0 : before);
      String probe = text(random);
      assertThat(table.contains(probe)).as(probe).isEqualTo(expected.containsKey(probe));
      assertThat(table.get(probe, -1)).isEqualTo(expected.getOrDefault(probe, -1));
    }
    assertThat(table.size()).isEqualTo(expected.size());
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).isEqualTo(expected);
    assertThat(table.bytes()).isPositive();
  }

  /** Ids of many shapes: empty, short, at and past the inline limit, with wide and NUL chars. */
  private static String text(Random random) {
    if (random.nextInt(5) == 0) {
      // digits and X, as citizen IDs, around the limit of their packed form
      StringBuilder digits = new StringBuilder();
      int n = IdTable.INLINE_DIGITS - 14 + random.nextInt(17);
      for (int i = 0; i < n; i++) {
        digits.append(random.nextInt(12) == 0 ? 'X' : (char) ('0' + random.nextInt(3)));
      }
      return digits.toString();
    }
    int length =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(4);
          case 1 -> IdTable.INLINE - 1 + random.nextInt(3);
          default -> random.nextInt(30);
        };
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(20);
      text.append(
          kind == 0
              ? '\u0000'
              : kind == 1 ? '社' : kind == 2 ? '\u00ff' : (char) ('A' + random.nextInt(3)));
    }
    return text.toString();
  }
}
