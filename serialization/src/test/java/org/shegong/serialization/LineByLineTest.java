package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.issue.Issue;

/**
 * A file reads as its lines read one by one: whatever its good and broken lines and line ends, each
 * record and each issue of a line in the whole file is what the line gives read alone, from an
 * array, from a stream, and from a stream that hands out its bytes in odd pieces. The reader reads
 * record after record with one parser while it can; this is what holds it to the line.
 */
class LineByLineTest {

  private static final String HEADER =
      "{\"recordType\":\"header\",\"formatVersion\":\"" + ExchangeHeader.FORMAT_VERSION + "\"}\n";

  private static final ReadOptions OPTIONS =
      ReadOptions.defaults().withLocale(Locale.ENGLISH).withFileName("t.ndjson");

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3", "4"})
  void eachLineOfAFileReadsAsItDoesAlone(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> good = goodLines();
    List<byte[]> lines = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      byte[] line = line(good.get(random.nextInt(good.size())), random);
      int cut = indexOf(line, (byte) '\n');
      if (cut < 0) {
        lines.add(line);
      } else {
        lines.add(java.util.Arrays.copyOfRange(line, 0, cut));
        lines.add(java.util.Arrays.copyOfRange(line, cut + 1, line.length));
      }
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(HEADER.getBytes(StandardCharsets.UTF_8));
    List<Long> lineNumbers = new ArrayList<>();
    long number = 1;
    for (byte[] line : lines) {
      // blank lines between some records (not empty: after a CR, LF would end the same line)
      while (random.nextInt(8) == 0) {
        file.write(
            random.nextBoolean()
                ? " \t\n".getBytes(StandardCharsets.UTF_8)
                : " \n".getBytes(StandardCharsets.UTF_8));
        number++;
      }
      file.write(line);
      lineNumbers.add(++number);
      String end = new String[] {"\n", "\r\n", "\r", "\n"}[random.nextInt(4)];
      file.write(end.getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = file.toByteArray();

    // each line alone, after a header (so that a header line is a misplaced one there too)
    List<ReadRecord> alone = new ArrayList<>();
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    for (byte[] line : lines) {
      byte[] one = new byte[header.length + line.length];
      System.arraycopy(header, 0, one, 0, header.length);
      System.arraycopy(line, 0, one, header.length, line.length);
      alone.add(readAll(ExchangeReader.open(one, 0, one.length, OPTIONS)).get(0));
    }
    check(readAll(ExchangeReader.open(bytes, 0, bytes.length, OPTIONS)), alone, lineNumbers);
    check(
        readAll(ExchangeReader.open(new java.io.ByteArrayInputStream(bytes), OPTIONS)),
        alone,
        lineNumbers);
    check(readAll(ExchangeReader.open(new Pieces(bytes, random), OPTIONS)), alone, lineNumbers);
  }

  @ParameterizedTest(name = "{0} lines between openers")
  @CsvSource({"16", "0", "1000000"})
  void linesCraftedToMakeTheSharedParserReadOnAreNotReadOverAndOver(int between) {
    // a record whose list stays open, then lines that continue the list: each is broken alone, and
    // a parser that reads on from the opener reads them all before it fails
    String opener = "{\"recordType\":\"worker\",\"id\":\"W-1\",\"roles\":[";
    String more = "\"SUPERVISOR\",\"SUPERVISOR\",\"SUPERVISOR\",";
    StringBuilder text = new StringBuilder(HEADER);
    int lines = 0;
    while (text.length() < 6_000_000) {
      text.append(opener).append('\n');
      lines++;
      for (int i = 0; i < between && text.length() < 6_000_000; i++) {
        text.append(more).append('\n');
        lines++;
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try (ExchangeReader reader = ExchangeReader.open(bytes, 0, bytes.length, OPTIONS)) {
      int records = 0;
      for (ReadRecord read : reader) {
        assertThat(read.record()).isEmpty();
        assertThat(read.issues()).isNotEmpty();
        records++;
      }
      assertThat(records).isEqualTo(lines);
      // no good line was read on: at most the slack, a window and a line in vain
      assertThat(reader.onwardWasted()).isLessThanOrEqualTo((1 << 20) + (1 << 18) + 100);
    }
  }

  private static void check(List<ReadRecord> whole, List<ReadRecord> alone, List<Long> lines) {
    assertThat(whole).hasSameSizeAs(alone);
    for (int i = 0; i < whole.size(); i++) {
      ReadRecord read = whole.get(i);
      ReadRecord expected = alone.get(i);
      assertThat(read.line()).isEqualTo(lines.get(i));
      assertThat(read.recordIndex()).isEqualTo(i);
      assertThat(read.record()).as("line %s", read.line()).isEqualTo(expected.record());
      assertThat(read.issuesOmitted()).isEqualTo(expected.issuesOmitted());
      List<Issue> moved = new ArrayList<>();
      for (Issue issue : expected.issues()) {
        moved.add(
            withoutLineInMessage(
                Issue.builder().from(issue).line(read.line()).recordIndex(i).build()));
      }
      List<Issue> found = new ArrayList<>();
      read.issues().forEach(issue -> found.add(withoutLineInMessage(issue)));
      assertThat(found).as("line %s", read.line()).isEqualTo(moved);
    }
  }

  /** A misplaced header's message names its line, which differs alone: it is left out. */
  private static Issue withoutLineInMessage(Issue issue) {
    return issue.code().equals("SG-HDR-002")
        ? Issue.builder().from(issue).message("(a header on this line)").build()
        : issue;
  }

  private static List<ReadRecord> readAll(ExchangeReader reader) {
    try (reader) {
      List<ReadRecord> records = new ArrayList<>();
      reader.forEach(records::add);
      return records;
    }
  }

  /** The fixture records as lines, without the header. */
  private static List<String> goodLines() {
    List<String> lines = new ArrayList<>();
    for (String line : Fixtures.validFileText().split("\n")) {
      if (!line.contains("\"recordType\":\"header\"")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** A good line, or one broken in one of the ways a file breaks, as its bytes. */
  private static byte[] line(String good, Random random) {
    String line =
        switch (random.nextInt(17)) {
          case 0 -> good.substring(0, 1 + random.nextInt(good.length() - 1)); // cut short
          case 1 -> good + " x"; // trailing text
          case 2 -> good + good; // two records on a line
          case 3 -> "{\"x\":1," + good.substring(1); // recordType not first
          case 4 -> good.replaceFirst("\"recordType\":\"[a-zA-Z]+\"", "\"recordType\":\"pet\"");
          case 5 -> "{\"recordType\":\"header\",\"formatVersion\":\"1.0\"}"; // misplaced
          case 6 -> random.nextBoolean() ? "[1,2]" : "42";
          case 7 -> good.replaceFirst(":\"[A-Z_]+\"", ":\"NOT_A_CODE\""); // a problem, read on
          case 8 -> good.replaceFirst(":(true|false)", ":\"yes\""); // a wrong type
          case 9 -> good.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"社工-1\",\"id\":\"2\"");
          case 10 -> " \t " + good; // leading whitespace
          case 11 -> good.replaceFirst("\\{", "{\"名称\":\"社会工作\",\"bad\":tru,");
          case 12 -> good.substring(0, good.length() - 1); // the object runs on to the next line
          case 13 -> { // a record cut in two lines after a comma: each line is broken alone
            int comma = good.indexOf(",\"", good.length() / 2);
            yield comma < 0
                ? good
                : good.substring(0, comma + 1) + "\n" + good.substring(comma + 1);
          }
          default -> good;
        };
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(24) == 0) {
      // a malformed UTF-8 sequence in the line
      byte[] broken = bytes.clone();
      broken[random.nextInt(broken.length)] = (byte) 0xC3;
      return broken;
    }
    return bytes;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Hands out the bytes in pieces of odd sizes, as a socket or a decompressor does. */
  private static final class Pieces extends FilterInputStream {
    private final Random random;

    Pieces(byte[] bytes, Random random) {
      super(new java.io.ByteArrayInputStream(bytes));
      this.random = random;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(
          b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 50 : 9000)));
    }
  }
}
