package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads small hand-written tables from a temporary directory. */
class LoadedDivisionTableTest {

  private static final String PROVINCES = "code,name\n64,\"宁夏回族自治区\"\n";
  private static final String CITIES = "code,name,provinceCode\n6405,\"中卫市\",64\n";
  private static final String AREAS = "code,name,cityCode,provinceCode\n640502,\"沙坡头区\",6405,64\n";
  // a newer vintage: 滨河镇 renamed, a township-like unit added
  private static final String STREETS =
      "code,name,areaCode,provinceCode,cityCode\n"
          + "640502100,\"滨河新镇\",640502,64,6405\n"
          + "640502200,\"香山乡\",640502,64,6405\n"
          + "640502401,\"中卫工业园区\",640502,64,6405\n";

  @TempDir Path directory;

  @Test
  void loadsUserTableWithItsVintageAndRenamedUnit() throws IOException {
    write("provinces.csv", PROVINCES);
    write("cities.csv", CITIES);
    write("areas.csv", AREAS);
    write("streets.csv", STREETS);

    DivisionTable table = DivisionTable.load(directory, "2024");

    assertThat(table.vintage()).isEqualTo("2024");
    assertThat(table.size()).isEqualTo(6);
    assertThat(table.find("640502100")).map(Division::name).contains("滨河新镇");
    assertThat(table.find("640502101")).isEmpty();
    assertThat(table.parentChain("640502100"))
        .extracting(Division::name)
        .containsExactly("沙坡头区", "中卫市", "宁夏回族自治区");
    assertThat(table.townships("64"))
        .filteredOn(d -> d.townshipKind().orElseThrow().countsAsTownshipAdministration())
        .hasSize(2);
    assertThat(DivisionTable.bundled().find("640502100")).map(Division::name).contains("滨河镇");
  }

  @Test
  void readsGzippedFilesBomCrlfQuotesAndAnyColumnOrderInAnyRowOrder() throws IOException {
    write("provinces.csv", "\uFEFFcode,name\r\n64,\"宁夏\"\"回族\"\"自治区\"\r\n\r\n");
    writeGzipped("cities.csv", "name,code\n\"中卫市, 宁夏\",6405\n");
    write("areas.csv", "code,name,extra\n640502,沙坡头区,x\n");
    writeGzipped("streets.csv", "code,name\n640502200,\"香山乡\"\n640502100,\"滨河镇\"\n");

    DivisionTable table = DivisionTable.load(directory, "test");

    assertThat(table.find("64")).map(Division::name).contains("宁夏\"回族\"自治区");
    assertThat(table.find("6405")).map(Division::name).contains("中卫市, 宁夏");
    assertThat(table.find("640502")).map(Division::name).contains("沙坡头区");
    assertThat(table.children("640502")).extracting(Division::name).containsExactly("滨河镇", "香山乡");
  }

  @Test
  void malformedRowFailsWithFileAndLine() throws IOException {
    writeValidUpperLevels();
    write(
        "streets.csv",
        "code,name,areaCode,provinceCode,cityCode\n"
            + "640502100,\"滨河镇\",640502,64,6405\n"
            + "64050210,\"短码\",640502,64,6405\n");

    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .isInstanceOf(DivisionTableException.class)
        .hasMessage("SG-DIV-010 streets.csv line 3: code '64050210' must be 9 digits")
        .satisfies(
            e -> {
              DivisionTableException failure = (DivisionTableException) e;
              assertThat(failure.ruleCode()).isEqualTo("SG-DIV-010");
              assertThat(failure.file()).isEqualTo("streets.csv");
              assertThat(failure.line()).hasValue(3);
              assertThat(failure.location()).isEqualTo("streets.csv:3");
            });
  }

  @Test
  void unbalancedQuoteAndWrongFieldCountAreMalformed() throws IOException {
    writeValidUpperLevels();
    write("streets.csv", "code,name\n640502100,\"滨河镇\n");
    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessage("SG-DIV-010 streets.csv line 2: quoted field 2 is not closed on this line");

    write("streets.csv", "code,name\n640502100,\"滨河镇\",extra\n");
    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessage("SG-DIV-010 streets.csv line 2: expected 2 fields as in the header, found 3");
  }

  @Test
  void missingHeaderColumnIsMalformed() throws IOException {
    writeValidUpperLevels();
    write("streets.csv", "code,title\n640502100,\"滨河镇\"\n");

    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessageStartingWith("SG-DIV-010 streets.csv line 1: header has no column 'name'");
  }

  @Test
  void parentColumnThatIsNotTheCodesPrefixIsInconsistent() throws IOException {
    writeValidUpperLevels();
    write(
        "streets.csv",
        "code,name,areaCode,provinceCode,cityCode\n640502100,\"滨河镇\",640521,64,6405\n");

    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .isInstanceOf(DivisionTableException.class)
        .hasMessageStartingWith(
            "SG-DIV-011 streets.csv line 2: areaCode '640521' of 640502100 must be the code's"
                + " prefix 640502");
  }

  @Test
  void townshipWhoseCountyIsMissingIsInconsistent() throws IOException {
    writeValidUpperLevels();
    write("streets.csv", "code,name\n640502100,\"滨河镇\"\n640521100,\"石空镇\"\n");

    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessage(
            "SG-DIV-011 streets.csv line 3: parent 640521 of 640521100 is not in areas.csv");
  }

  @Test
  void duplicateCodeIsInconsistent() throws IOException {
    writeValidUpperLevels();
    write("streets.csv", "code,name\n640502100,\"滨河镇\"\n640502200,\"香山乡\"\n640502100,\"又一个\"\n");

    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessage("SG-DIV-011 streets.csv line 4: duplicate code 640502100 (first on line 2)");
  }

  @Test
  void missingOrAmbiguousFileIsUnreadable() throws IOException {
    writeValidUpperLevels();
    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessage("SG-DIV-012 streets.csv: missing (expected streets.csv or streets.csv.gz)");

    write("streets.csv", "code,name\n640502100,\"滨河镇\"\n");
    writeGzipped("streets.csv", "code,name\n640502100,\"滨河镇\"\n");
    assertThatThrownBy(() -> DivisionTable.load(directory, "x"))
        .hasMessageStartingWith("SG-DIV-012 streets.csv: both streets.csv and streets.csv.gz");
  }

  @Test
  void blankVintageIsRejected() {
    assertThatThrownBy(() -> DivisionTable.load(directory, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void writeValidUpperLevels() throws IOException {
    write("provinces.csv", PROVINCES);
    write("cities.csv", CITIES);
    write("areas.csv", AREAS);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private void writeGzipped(String name, String content) throws IOException {
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(directory.resolve(name + ".gz")))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
