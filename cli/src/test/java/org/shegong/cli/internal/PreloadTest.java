package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreloadTest {

  @Test
  void theBundledTableIsPreloadedForTheCommandsThatReadIt() {
    assertThat(Preload.wanted("validate", "file.ndjson")).isTrue();
    assertThat(Preload.wanted("validate", "--threads", "2", "-", "--format", "json")).isTrue();
    assertThat(Preload.wanted("coverage", "--as-of", "2024-06-30", "file.ndjson")).isTrue();
  }

  @Test
  void notForOtherCommandsForHelpOrForTheUsersOwnTable() {
    assertThat(Preload.wanted()).isFalse();
    assertThat(Preload.wanted("--version")).isFalse();
    assertThat(Preload.wanted("schema", "-o", "out")).isFalse();
    assertThat(Preload.wanted("sample", "-n", "10")).isFalse();
    assertThat(Preload.wanted("validate", "--help")).isFalse();
    assertThat(Preload.wanted("validate", "-h")).isFalse();
    assertThat(Preload.wanted("validate", "--divisions", "dir", "file.ndjson")).isFalse();
    assertThat(Preload.wanted("coverage", "--divisions=dir", "file.ndjson")).isFalse();
    // after "--" every argument is a file name, even one that looks like an option
    assertThat(Preload.wanted("validate", "--", "--divisions")).isTrue();
  }

  @Test
  void aPreloadStartsOnlyWhenWantedAndASecondProcessorCanRunIt() {
    assertThat(Preload.start("schema", "-o", "out")).isFalse();
    assertThat(Preload.start("validate", "file.ndjson"))
        .isEqualTo(Runtime.getRuntime().availableProcessors() > 1);
  }
}
