package org.shegong.validation.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An id table answers exactly as a {@link HashMap} of strings does, for short and long, Latin-1 and
 * wider texts, through its growth, whatever the hash: even when every text has the same hash; ids
 * in sequence take few probes, and numbers crafted to collide cost a bounded number of them.
 * Numbered ids are held by number in little memory, and numbers crafted to be far apart cost
 * bounded memory and change no answer.
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

  @ParameterizedTest(name = "{0} ids in sequence, prefix {1}")
  @CsvSource({"200000, C-, 6", "50000, ST-210311102-, 4", "30000, 社工站, 5", "20000, W-, 0"})
  void idsInSequenceTakeFewProbesAndStayInSequenceOrder(int count, String prefix, int width) {
    IdTable table = new IdTable(Hashing.keyed(), false); // the hash table's own placement
    Map<String, Integer> expected = new HashMap<>();
    long operations = 0;
    for (int i = 1; i <= count; i++) {
      String id = id(prefix, i, width);
      expected.put(id, i);
      assertThat(table.putIfAbsent(id, i, 0)).isZero();
      // a reference to a recent id, the same id padded otherwise, and one past the last
      int recent = Math.max(1, i - 7);
      assertThat(table.get(id(prefix, recent, width), -1)).isEqualTo(recent);
      String padded = prefix + "0" + id.substring(prefix.length());
      assertThat(table.contains(padded)).isEqualTo(expected.containsKey(padded));
      assertThat(table.contains(id(prefix, i + 1, width))).isFalse();
      operations += 4;
    }
    assertThat(table.sequential()).isTrue();
    assertThat(table.probes()).isLessThan(2 * operations);
    // neighbours are neighbours in the table: they share cache lines
    int next = 0;
    for (int i = 1; i < count; i++) {
      if (table.slotOf(id(prefix, i + 1, width)) == table.slotOf(id(prefix, i, width)) + 1) {
        next++;
      }
    }
    assertThat(next).isGreaterThan(count * 9 / 10);
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2"})
  void numbersCraftedToCollideCostABoundedNumberOfProbes(long seed) {
    Random random = new Random(seed);
    IdTable table = new IdTable(Hashing.keyed(), false); // the hash table's own bounds
    Map<String, Integer> expected = new HashMap<>();
    long operations = 0;
    // the same slot modulo every table size up to 2^20, from one prefix; then a dense run of ids
    // probed with numbers from all over their range, most of them absent
    for (int k = 0; k < 950; k++) {
      String id = "C-" + (k * (1 << 20) + 5);
      expected.put(id, k + 1);
      assertThat(table.putIfAbsent(id, k + 1, 0)).isZero();
      operations++;
    }
    for (int i = 1; i <= 30000; i++) {
      String id = id("W-", i, 6);
      expected.put(id, i);
      assertThat(table.putIfAbsent(id, i, 0)).isZero();
      String probe = "W-" + random.nextInt(1_000_000_000);
      assertThat(table.get(probe, -1)).isEqualTo(expected.getOrDefault(probe, -1));
      operations += 2;
    }
    assertThat(table.sequential()).isFalse();
    assertThat(table.probes()).isLessThan(16 * operations);
    for (Map.Entry<String, Integer> entry : expected.entrySet()) {
      assertThat(table.get(entry.getKey(), -1)).isEqualTo(entry.getValue());
    }
    assertThat(table.size()).isEqualTo(expected.size());
  }

  @ParameterizedTest(name = "seed {0}, numbered ids by number {1}")
  @CsvSource({"3, false", "4, false", "3, true", "4, true"})
  void idsOfManyShapesInSequenceOrderAnswerAsAMapOfStrings(long seed, boolean numbered) {
    Random random = new Random(seed);
    IdTable table = new IdTable(Hashing.keyed(), numbered);
    Map<String, Integer> expected = new HashMap<>();
    String[] prefixes = {"C-", "W-", "c-", "ST-", "C", "站", "C-1", ""};
    for (int i = 0; i < 40000; i++) {
      String text =
          random.nextInt(4) == 0
              ? text(random)
              : prefixes[random.nextInt(prefixes.length)] + random.nextInt(1 + i * 3);
      int value = random.nextInt(1000) + 1;
      Integer before = expected.putIfAbsent(text, value);
      assertThat(table.putIfAbsent(text, value, 0)).isEqualTo(before == null ? 0 : before);
      String probe = prefixes[random.nextInt(prefixes.length)] + random.nextInt(1 + i * 3);
      assertThat(table.get(probe, -1)).as(probe).isEqualTo(expected.getOrDefault(probe, -1));
    }
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ids in sequence, prefix {1}")
  @CsvSource({"300000, C-, 6", "50000, ST-210311102-, 4", "30000, 社工站, 5", "20000, W-, 0"})
  void numberedIdsAreHeldByNumberInLittleMemory(int count, String prefix, int width) {
    IdTable table = new IdTable(Hashing.keyed());
    for (int i = 1; i <= count; i++) {
      String id = id(prefix, i, width);
      assertThat(table.putIfAbsent(id, i, 0)).isZero();
      assertThat(table.putIfAbsent(id, -i, 0)).isEqualTo(i);
      assertThat(table.get(id(prefix, Math.max(1, i - 7), width), -1))
          .isEqualTo(Math.max(1, i - 7));
      // the same number with another width is another id
      assertThat(table.contains(prefix + "0" + id.substring(prefix.length()))).isFalse();
      assertThat(table.contains(id(prefix, i + 1, width))).isFalse();
    }
    assertThat(table.size()).isEqualTo(count);
    // about 4 bytes an id, where the hash table takes 24 to 48
    assertThat(table.bytes()).isLessThan(6L * count + 300_000);
    assertThat(table.probes()).isZero();
    assertThat(table.numberedClosed()).isFalse();
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).hasSize(count).containsEntry(id(prefix, count, width), count);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2"})
  void numbersCraftedToBeFarApartCostBoundedMemoryAndStillAnswerExactly(long seed) {
    Random random = new Random(seed);
    IdTable table = new IdTable(Hashing.keyed());
    Map<String, Integer> expected = new HashMap<>();
    // one id a page apart, in many runs: the index creates its free pages, then closes, and the
    // rest go to the hash table
    for (int k = 0; k < 20_000; k++) {
      String id = "R" + (k % 40) + "-" + (k * DenseIds.PAGE + random.nextInt(DenseIds.PAGE));
      int value = k + 1;
      Integer before = expected.putIfAbsent(id, value);
      assertThat(table.putIfAbsent(id, value, 0)).isEqualTo(before == null ? 0 : before);
      String probe = "R" + random.nextInt(45) + "-" + random.nextInt(20_000 * DenseIds.PAGE);
      assertThat(table.get(probe, -1)).as(probe).isEqualTo(expected.getOrDefault(probe, -1));
    }
    assertThat(table.numberedClosed()).isTrue();
    // the free pages and their directories, then about 48 bytes an id in the hash table
    assertThat(table.bytes())
        .isLessThan(
            DenseIds.FREE_PAGES * 4L * (DenseIds.PAGE + 64) * 2 + 64L * expected.size() + 65_536);
    for (Map.Entry<String, Integer> entry : expected.entrySet()) {
      assertThat(table.get(entry.getKey(), -1)).isEqualTo(entry.getValue());
    }
    assertThat(table.size()).isEqualTo(expected.size());
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).isEqualTo(expected);
  }

  private static String id(String prefix, int number, int width) {
    String digits = Integer.toString(number);
    return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
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
