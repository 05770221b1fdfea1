package org.shegong.validation.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The external sort of the spilled batch state gives every entry back, in key order, equal keys in
 * the order they were added, whether it stays in memory, writes a few runs or so many that they are
 * merged in several passes; and it leaves no file behind.
 */
class ExternalSorterTest {

  @TempDir Path dir;

  private record Entry(byte[] key, String payload, int order) {}

  @ParameterizedTest(name = "seed {0}, {1} entries, budget {2}, long keys {3}")
  @CsvSource({
    "1, 100, 1000000, false",
    "2, 3000, 4096, false",
    "3, 60000, 4096, false",
    "4, 20000, 100000, false",
    "5, 20000, 10000000, true",
    "6, 20000, 100000, true"
  })
  void sortsStablyInMemoryAndOnDisk(long seed, int count, long budget, boolean longKeys)
      throws IOException {
    Random random = new Random(seed);
    List<Entry> entries = new ArrayList<>();
    ExternalSorter sorter = new ExternalSorter(budget, () -> dir);
    Bytes key = new Bytes();
    Bytes payload = new Bytes();
    for (int i = 0; i < count; i++) {
      // short keys from a small alphabet: many equal keys and many prefixes; or keys around the
      // sort's 16-byte prefix, most of them equal in it, so that the ties are decided past it
      byte[] k = new byte[longKeys ? 12 + random.nextInt(10) : random.nextInt(4)];
      for (int j = 0; j < k.length; j++) {
        k[j] =
            longKeys && j < 15 && random.nextInt(8) != 0
                ? (byte) 'k'
                : (byte) (random.nextInt(3) * 127);
      }
      String p = "p" + i;
      entries.add(new Entry(k, p, i));
      sorter.add(key.clear().put(k, 0, k.length), payload.clear().putText(p));
    }
    boolean spilled = sorter.runs() > 0;
    entries.sort(
        Comparator.<Entry, byte[]>comparing(Entry::key, Arrays::compareUnsigned)
            .thenComparingInt(Entry::order));

    List<String> sorted = new ArrayList<>();
    Bytes.Reader reader = new Bytes.Reader();
    try (ExternalSorter.Cursor cursor = sorter.sorted()) {
      while (cursor.next()) {
        reader.reset(cursor.payload(), cursor.payloadOffset(), cursor.payloadLength());
        sorted.add(reader.getText());
      }
    }
    sorter.close();

    assertThat(spilled).isEqualTo(budget < 100 * count);
    assertThat(sorted).containsExactlyElementsOf(entries.stream().map(Entry::payload).toList());
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aRunThatCannotBeWrittenInTheBackgroundFailsEveryLaterCallAndLeavesNoFile()
      throws IOException {
    // the first run is written by the caller, the second by the sorter's thread: that one fails;
    // a budget of 100,000 bytes gives the later runs half of it
    AtomicInteger opened = new AtomicInteger();
    ExternalSorter sorter =
        new ExternalSorter(
            100_000,
            () -> dir,
            run -> {
              if (opened.incrementAndGet() == 2) {
                throw new IOException("disk full");
              }
              return Files.newOutputStream(run);
            });
    Bytes key = new Bytes();
    Bytes payload = new Bytes();
    try {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 100_000; i++) {
                  sorter.add(key.clear().putText("k" + i), payload.clear().putText("p" + i));
                }
              })
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("could not spill their state to disk")
          .hasRootCauseMessage("disk full");
      // a caller who goes on is never given a merge without the lost run's entries
      assertThatThrownBy(() -> sorter.add(key.clear().putText("k"), payload.clear().putText("p")))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk full");
      assertThatThrownBy(sorter::sorted)
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk full");
    } finally {
      sorter.close();
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void entriesLargerThanTheWritersBlockComeBackWhole() throws IOException {
    // payloads of 40 and 100 KB pass the 32 KiB block of the run writer and reader
    Random random = new Random(7);
    ExternalSorter sorter = new ExternalSorter(4096, () -> dir);
    List<byte[]> payloads = new ArrayList<>();
    Bytes key = new Bytes();
    Bytes payload = new Bytes();
    for (int i = 0; i < 12; i++) {
      byte[] p = new byte[i % 3 == 0 ? 100_000 : 40_000 + i];
      random.nextBytes(p);
      payloads.add(p);
      byte[] k = {(byte) (11 - i)}; // added in descending key order: the sort reverses them
      sorter.add(key.clear().put(k, 0, 1), payload.clear().put(p, 0, p.length));
    }
    int runs = sorter.runs();
    List<byte[]> sorted = new ArrayList<>();
    try (ExternalSorter.Cursor cursor = sorter.sorted()) {
      while (cursor.next()) {
        sorted.add(
            Arrays.copyOfRange(
                cursor.payload(),
                cursor.payloadOffset(),
                cursor.payloadOffset() + cursor.payloadLength()));
      }
    } finally {
      sorter.close();
    }

    assertThat(runs).isGreaterThan(1); // on disk, some written by the sorter's thread
    assertThat(sorted).hasSize(12);
    for (int i = 0; i < 12; i++) {
      assertThat(sorted.get(i)).isEqualTo(payloads.get(11 - i));
    }
  }
}
