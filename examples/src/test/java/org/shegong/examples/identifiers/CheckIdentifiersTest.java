package org.shegong.examples.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.core.division.DivisionTable;

class CheckIdentifiersTest {

  private final CheckIdentifiers checker =
      new CheckIdentifiers(LocalDate.of(2024, 6, 30), DivisionTable.bundled());

  @Test
  void reportsAValidCitizenIdMaskedWithSexAndAge() {
    assertThat(checker.check("citizenId 11010519491231002X"))
        .contains("110105********002X", "valid", "female", "aged 74")
        .doesNotContain("11010519491231002X");
  }

  @Test
  void reportsTheRuleCodeOfAWrongCheckCharacter() {
    assertThat(checker.check("citizenId 110105194912310021")).contains("INVALID", "SG-CID-004");
  }

  @Test
  void decodesACivilAffairsCreditCodeAndItsDivision() {
    assertThat(checker.check("creditCode 52640502MJY123458X")).contains("valid", "沙坡头区");
    assertThat(checker.check("creditCode 91350100M000100Y4Z")).contains("INVALID", "SG-USC-001");
  }

  @Test
  void masksPhoneNumbers() {
    assertThat(checker.check("mobile 13812345678"))
        .contains("138****5678")
        .doesNotContain("13812345678");
  }

  @Test
  void namesTheDivisionAndItsParents() {
    assertThat(checker.check("division 640502100")).contains("滨河镇", "沙坡头区", "中卫市", "宁夏回族自治区");
    assertThat(checker.check("division 640502999")).contains("UNKNOWN", "2022");
  }

  @Test
  void checksTheBundledSampleFile() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CheckIdentifiers.run(
        Path.of("data/identifiers.txt"),
        LocalDate.of(2024, 6, 30),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.lines()).hasSize(18);
    assertThat(out).contains("SG-CID-003", "SG-CID-002", "SG-CID-004", "SG-CID-006", "SG-TEL-001");
    assertThat(out).doesNotContain("11010519491231002X", "13812345678");
  }
}
