package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;

/**
 * A workbook as Excel saves it — every text in the shared-strings table — read with that table in
 * memory-mapped temporary files and the visits spooled to disk: the records are the same, the
 * temporary files are gone after close (after a failure too), a zip bomb is an issue, and the heap
 * does not hold the table.
 */
class WorkbookMemoryTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2, 13})
  void aWorkbookWithSharedStringsReadsBackEveryRecordAndItsVisits(long seed) throws IOException {
    List<ExchangeRecord> records = SampleData.withSeed(seed).withVolunteers().records(400);
    Path file = sharedStringsWorkbook(records);
    assertThat(entry(file, "xl/sharedStrings.xml")).contains("<si>");

    assertThat(read(file, TabularOptions.defaults())).containsExactlyElementsOf(byType(records));
  }

  @Test
  void richTextAndPhoneticRunsOfASharedStringReadAsItsText() throws IOException {
    List<ExchangeRecord> records = SampleData.withSeed(5).withVolunteers().records(200);
    Path plain = sharedStringsWorkbook(records);
    // each string of two characters or more as two rich-text runs and a phonetic guide (振り仮名),
    // which is not part of the cell's text
    Pattern string = Pattern.compile("<si><t([^>]*)>([^<&]{2,})</t></si>");
    Path rich = temp.resolve("rich.xlsx");
    rewrite(
        plain,
        rich,
        "xl/sharedStrings.xml",
        xml -> {
          Matcher m = string.matcher(xml);
          StringBuilder out = new StringBuilder();
          int runs = 0;
          while (m.find()) {
            String text = m.group(2);
            int half = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
            m.appendReplacement(
                out,
                Matcher.quoteReplacement(
                    "<si><r><t xml:space=\"preserve\">"
                        + text.substring(0, half)
                        + "</t></r><r><rPr><b/></rPr><t>"
                        + text.substring(half)
                        + "</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"));
            runs++;
          }
          m.appendTail(out);
          assertThat(runs).isGreaterThan(100);
          return out.toString();
        });

    assertThat(read(rich, TabularOptions.defaults())).containsExactlyElementsOf(byType(records));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20240630})
  void visitsInAnyOrderJoinTheirChildOnDiskAsInMemory(long seed) throws IOException {
    // 300 children, one of them twice; 1,500 visit rows in random order, for children that are in
    // the sheet, that are not (C-300…C-349) and without a child id: each child takes its visits
    // in row order (the first row of an id takes them all), the rest are SG-TAB-005 in row order
    Random random = new Random(seed);
    int children = 300;
    StringBuilder childRows = new StringBuilder(row(1, "id", "name"));
    for (int i = 0; i < children; i++) {
      childRows.append(row(i + 2, "C-" + i, "儿童" + i));
    }
    childRows.append(row(children + 2, "C-5", "重复"));
    StringBuilder visitRows = new StringBuilder(row(1, "儿童编号", "走访日期", "走访人编号"));
    java.util.Map<String, List<String>> expected = new java.util.HashMap<>();
    List<Long> unclaimed = new ArrayList<>();
    java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
    for (int v = 0; v < 1500; v++) {
      long line = v + 2;
      String date = start.plusDays(v).toString();
      int pick = random.nextInt(children + 60);
      String childId = pick < children + 50 ? "C-" + pick : "";
      visitRows.append(row(line, childId, date, "W-000001"));
      if (pick < children) {
        expected.computeIfAbsent(childId, id -> new ArrayList<>()).add(date);
      } else {
        unclaimed.add(line);
      }
    }
    Path file = temp.resolve("visits-" + seed + ".xlsx");
    workbook(
        file,
        List.of(
            java.util.Map.entry("走访记录", visitRows.toString()),
            java.util.Map.entry("儿童", childRows.toString())),
        out -> out.write("<sst/>".getBytes(StandardCharsets.UTF_8)));

    java.util.Map<String, List<String>> taken = new java.util.HashMap<>();
    List<Long> reported = new ArrayList<>();
    int duplicates = 0;
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      for (TabularRow row : reader) {
        for (Issue issue : row.issues()) {
          if (issue.code().equals("SG-TAB-005")) {
            assertThat(issue.sheet()).contains("走访记录");
            reported.add(issue.line().orElseThrow());
          }
        }
        if (row.record().orElse(null) instanceof Child child) {
          List<String> dates =
              child.visits().stream().map(v -> v.on().orElseThrow().toString()).toList();
          if (child.name().orElse("").equals("重复")) {
            duplicates++;
            assertThat(dates).isEmpty();
          } else if (!dates.isEmpty()) {
            taken.put(child.id(), dates);
          }
        }
      }
    }

    assertThat(duplicates).isEqualTo(1);
    assertThat(taken).isEqualTo(expected);
    assertThat(reported).isEqualTo(unclaimed).isNotEmpty();
  }

  @Test
  void theTemporaryFilesAreGoneAfterCloseWhetherReadToTheEndOrNot() throws IOException {
    Path file = sharedStringsWorkbook(SampleData.withSeed(3).records(300));
    Path spool = Files.createDirectory(temp.resolve("spool"));
    TabularOptions options = TabularOptions.defaults().withTempDirectory(spool);

    try (TabularReader reader = TabularReader.open(file, options)) {
      Iterator<TabularRow> rows = reader.iterator();
      assertThat(rows.hasNext()).isTrue();
      // the strings, their offsets, the visits and their index, while reading
      assertThat(names(spool))
          .anyMatch(n -> n.startsWith("shegong-strings-"))
          .anyMatch(n -> n.startsWith("shegong-string-offsets-"))
          .anyMatch(n -> n.startsWith("shegong-visits-"))
          .anyMatch(n -> n.startsWith("shegong-visit-index-"));
      rows.next(); // closed in the middle of a sheet
    }
    assertThat(names(spool)).isEmpty();

    try (TabularReader reader = TabularReader.open(file, options)) {
      reader.rows().forEach(row -> {});
    }
    assertThat(names(spool)).isEmpty();

    try (TabularReader reader =
        TabularReader.open(Files.newInputStream(file), TabularFormat.XLSX, options)) {
      assertThat(reader.iterator().hasNext()).isTrue();
      assertThat(names(spool)).anyMatch(n -> n.startsWith("shegong-workbook-"));
    }
    assertThat(names(spool)).isEmpty();
  }

  @Test
  void aZipBombInTheSharedStringsIsAnIssueAndLeavesNoFileBehind() throws IOException {
    // 64 MiB of one short string repeated deflate to well over a hundred times less
    Path bomb = temp.resolve("bomb.xlsx");
    String header =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    workbook(
        bomb,
        header,
        out -> {
          out.write("<sst><si><t>id</t></si><si><t>name</t></si>".getBytes(StandardCharsets.UTF_8));
          byte[] si = "<si><t>a</t></si>".getBytes(StandardCharsets.UTF_8);
          for (long written = 0; written < 64L << 20; written += si.length) {
            out.write(si);
          }
          out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
    assertThat(Files.size(bomb)).isLessThan(1L << 20);
    Path spool = Files.createDirectory(temp.resolve("spool"));

    List<Issue> issues = new ArrayList<>();
    try (TabularReader reader =
        TabularReader.open(bomb, TabularOptions.defaults().withTempDirectory(spool))) {
      reader.rows().forEach(row -> issues.addAll(row.issues()));
    }

    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-TAB-009");
              assertThat(issue.message()).contains("sharedStrings.xml").contains("zip bomb");
            });
    assertThat(names(spool)).isEmpty();
  }

  @Test
  void aSheetWithoutItsPartIsReportedAndTheOtherSheetsRead() throws IOException {
    Path whole = temp.resolve("whole.xlsx");
    workbook(
        whole,
        List.of(
            java.util.Map.entry("社会工作者", row(1, "id", "name") + row(2, "W-000001", "张三")),
            java.util.Map.entry(
                "儿童", row(1, "id", "name") + row(2, "C-1", "王小明") + row(3, "C-2", "李四"))),
        out -> out.write("<sst/>".getBytes(StandardCharsets.UTF_8)));
    Path broken = temp.resolve("broken.xlsx");
    rewrite(
        whole,
        broken,
        "xl/_rels/workbook.xml.rels",
        xml -> xml.replaceFirst("<Relationship Id=\"rId1\"[^>]*/>", ""));

    List<Issue> issues = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(broken, TabularOptions.defaults())) {
      for (TabularRow row : reader) {
        issues.addAll(row.issues());
        row.record().ifPresent(r -> ids.add(r instanceof Child child ? child.id() : "?"));
      }
    }

    assertThat(ids).containsExactly("C-1", "C-2");
    assertThat(issues)
        .filteredOn(i -> i.code().equals("SG-TAB-009"))
        .singleElement()
        .satisfies(i -> assertThat(i.sheet()).contains("社会工作者"));
  }

  @Test
  void anExternalEntityInAPartIsNeverFollowed() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "secret-contents");
    Path file = temp.resolve("xxe.xlsx");
    String rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>";
    workbook(
        file,
        rows,
        out ->
            out.write(
                ("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \""
                        + secret.toUri()
                        + "\">]><sst><si><t>id</t></si><si><t>name</t></si>"
                        + "<si><t>C-1</t></si><si><t>&x;</t></si></sst>")
                    .getBytes(StandardCharsets.UTF_8)));

    List<Issue> issues = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      for (TabularRow row : reader) {
        issues.addAll(row.issues());
        row.record()
            .ifPresent(r -> names.add(r instanceof Child child ? child.name().orElse("") : ""));
      }
    }

    assertThat(names).noneMatch(n -> n.contains("secret"));
    assertThat(issues).extracting(Issue::code).contains("SG-TAB-009");
  }

  @Test
  void theSharedStringsAreNotHeldOnTheHeap() throws IOException {
    // 800 distinct names of 20,000 Chinese characters: 32 MB as Java strings, which a table on the
    // heap would hold until the workbook is closed
    int strings = 800;
    int length = 20_000;
    Random random = new Random(8);
    Path file = temp.resolve("wide.xlsx");
    StringBuilder rows = new StringBuilder();
    rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>")
        .append("<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
    for (int i = 0; i < strings; i++) {
      int r = i + 2;
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>C-")
          .append(i)
          .append("</t></is></c><c r=\"B")
          .append(r)
          .append("\" t=\"s\"><v>")
          .append(i)
          .append("</v></c></row>");
    }
    workbook(
        file,
        rows.toString(),
        out -> {
          out.write("<sst>".getBytes(StandardCharsets.UTF_8));
          StringBuilder text = new StringBuilder(length);
          for (int i = 0; i < strings; i++) {
            text.setLength(0);
            for (int c = 0; c < length; c++) {
              text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            out.write(("<si><t>" + text + "</t></si>").getBytes(StandardCharsets.UTF_8));
          }
          out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
    long tableOnHeap = 2L * strings * length;
    // a first reading loads the classes and fills the caches that every reading shares
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      reader.rows().forEach(row -> {});
    }

    long before = usedAfterGc();
    long during;
    long names = 0;
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      for (TabularRow row : reader) {
        if (row.record().orElse(null) instanceof Child child
            && child.name().orElse("").length() == length) {
          names++;
        }
      }
      during = usedAfterGc() - before;
    }

    assertThat(names).isEqualTo(strings);
    assertThat(during).isLessThan(tableOnHeap / 4);
  }

  // ---

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private Path sharedStringsWorkbook(List<ExchangeRecord> records) {
    Path file = temp.resolve("shared-" + System.nanoTime() % 1000 + ".xlsx");
    try (TabularWriter writer =
        TabularWriter.open(file, TabularOptions.defaults()).withSharedStrings()) {
      records.forEach(writer::write);
    }
    return file;
  }

  private static List<ExchangeRecord> read(Path file, TabularOptions options) {
    List<ExchangeRecord> read = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, options)) {
      for (TabularRow row : reader) {
        issues.addAll(row.issues());
        row.record().ifPresent(read::add);
      }
    }
    assertThat(issues).isEmpty();
    return read;
  }

  /** A workbook groups records by type, in the order of {@link RecordType}. */
  private static List<ExchangeRecord> byType(List<ExchangeRecord> records) {
    List<ExchangeRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(ExchangeRecord::recordType));
    return sorted;
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static String entry(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertThat(e).as(name).isNotNull();
      try (InputStream in = zip.getInputStream(e)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Copies a workbook, with one part's text changed. */
  private static void rewrite(
      Path from, Path to, String name, java.util.function.UnaryOperator<String> change)
      throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (InputStream part = in.getInputStream(e)) {
          bytes = part.readAllBytes();
        }
        if (e.getName().equals(name)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  /** Writes the bytes of a part. */
  @FunctionalInterface
  private interface Part {
    void write(OutputStream out) throws IOException;
  }

  /** A row of inline strings, from column A; an empty text leaves its cell out. */
  private static String row(long number, String... texts) {
    StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
    for (int c = 0; c < texts.length; c++) {
      if (!texts[c].isEmpty()) {
        row.append("<c r=\"")
            .append((char) ('A' + c))
            .append(number)
            .append("\" t=\"inlineStr\"><is><t>")
            .append(texts[c])
            .append("</t></is></c>");
      }
    }
    return row.append("</row>").toString();
  }

  /** A minimal workbook: one sheet 儿童 of the given rows, and the given shared strings. */
  private static void workbook(Path file, String rows, Part sharedStrings) throws IOException {
    workbook(file, List.of(java.util.Map.entry("儿童", rows)), sharedStrings);
  }

  /** A minimal workbook: sheets of the given names and rows, and the given shared strings. */
  private static void workbook(
      Path file, List<java.util.Map.Entry<String, String>> sheets, Part sharedStrings)
      throws IOException {
    StringBuilder types = new StringBuilder();
    StringBuilder entries = new StringBuilder();
    StringBuilder relations = new StringBuilder();
    for (int i = 1; i <= sheets.size(); i++) {
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      entries
          .append("<sheet name=\"")
          .append(sheets.get(i - 1).getKey())
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
      relations
          .append("<Relationship Id=\"rId")
          .append(i)
          .append(
              "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + types
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "</Types>");
      put(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets>"
              + entries
              + "</sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + relations
              + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
              + "</Relationships>");
      for (int i = 1; i <= sheets.size(); i++) {
        put(
            zip,
            "xl/worksheets/sheet" + i + ".xml",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheets.get(i - 1).getValue()
                + "</sheetData></worksheet>");
      }
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      sharedStrings.write(zip);
      zip.closeEntry();
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
