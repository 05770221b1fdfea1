package org.shegong.core.internal.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvRowTest {

  @Test
  void splitsPlainAndQuotedFields() {
    assertThat(CsvRow.split("640502100,\"滨河镇\",640502,64,6405"))
        .containsExactly("640502100", "滨河镇", "640502", "64", "6405");
  }

  @Test
  void unescapesDoubledQuotesAndKeepsCommasInsideQuotes() {
    assertThat(CsvRow.split("\"a \"\"b\"\", c\",\"\",d")).containsExactly("a \"b\", c", "", "d");
  }

  @Test
  void keepsEmptyTrailingAndLeadingFields() {
    assertThat(CsvRow.split(",a,")).containsExactly("", "a", "");
    assertThat(CsvRow.split("\"x\",")).containsExactly("x", "");
    assertThat(CsvRow.split("")).containsExactly("");
  }

  @Test
  void rejectsUnclosedQuoteTextAfterQuoteAndQuoteInUnquotedField() {
    assertThatThrownBy(() -> CsvRow.split("1,\"abc"))
        .hasMessage("quoted field 2 is not closed on this line");
    assertThatThrownBy(() -> CsvRow.split("\"abc\"x,1"))
        .hasMessage("text after the closing quote of field 1");
    assertThatThrownBy(() -> CsvRow.split("ab\"c,1")).hasMessage("quote inside unquoted field 1");
  }
}
