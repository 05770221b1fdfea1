package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and failures (exit status 2) are in the language of {@code --locale}. */
class UsageErrorsTest {

  @TempDir Path dir;

  @Test
  void aNegativeRecordCountIsReportedInChineseByDefaultAndInEnglishOnRequest() {
    Cli.Result zh = Cli.run("sample", "--records", "-3");
    Cli.Result en = Cli.run("sample", "--locale", "en", "--records", "-3");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err())
        .contains("shegong：--records 不能为负数，实为 -3")
        .contains("运行“shegong sample --help”查看用法。");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err())
        .contains("shegong: --records must not be negative, was -3")
        .contains("Try 'shegong sample --help' for more information.");
  }

  @Test
  void anInvalidRateOutsideZeroToOneInBothLanguages() {
    assertThat(Cli.run("sample", "--records", "1", "--invalid-rate", "1.5").err())
        .contains("--invalid-rate 应在 0 到 1 之间，实为 1.5");
    assertThat(Cli.run("sample", "--records", "1", "--locale=en", "--invalid-rate", "1.5").err())
        .contains("--invalid-rate must be between 0 and 1, was 1.5");
  }

  @Test
  void aReferenceDateOutOfRangeInBothLanguages() {
    Cli.Result zh = Cli.run("sample", "--records", "1", "--as-of", "1900-01-01");
    Cli.Result en = Cli.run("sample", "--records", "1", "--locale", "en", "--as-of", "1900-01-01");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err()).contains("--as-of 应在 1990 年至 2999 年之间，实为 1900-01-01");
    assertThat(en.err()).contains("--as-of must be in the years 1990 to 2999, was 1900-01-01");
  }

  @Test
  void aBadDateIsReportedInTheLanguageGivenAfterIt() {
    String file = Cli.sampleFile().toString();
    Cli.Result zh = Cli.run("validate", "--as-of", "2024-13-01", file);
    Cli.Result en = Cli.run("validate", "--as-of", "2024-13-01", "--locale", "en", file);

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err())
        .contains("shegong：选项 --as-of 的值无效：“2024-13-01”不是 yyyy-MM-dd 形式的日期（例如 2024-06-30）");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err())
        .contains(
            "shegong: Invalid value for option '--as-of': '2024-13-01' is not a date of the form"
                + " yyyy-MM-dd (for example 2024-06-30)");
  }

  @Test
  void anUnsupportedLocaleIsReportedInChinese() {
    Cli.Result result = Cli.run("validate", "--locale", "fr", Cli.sampleFile().toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("选项 --locale 的值无效：不支持语言“fr”：请用 zh-CN 或 en");
  }

  @Test
  void anUnreadableFileAndTooFewThreadsInBothLanguages() {
    String missing = dir.resolve("nope.ndjson").toString();

    assertThat(Cli.run("validate", missing).err()).contains("SG-CLI-001 无法读取文件 " + missing);
    assertThat(Cli.run("validate", "--locale", "en", missing).err())
        .contains("SG-CLI-001 cannot read the file " + missing);
    assertThat(Cli.run("validate", dir.toString()).err()).contains("不是文件：" + dir);
    assertThat(Cli.run("validate", "--threads", "0", missing).err())
        .contains("--threads 应在 1 到 1024 之间，实为 0");
    assertThat(Cli.run("validate", "--locale", "en", "--threads", "0", missing).err())
        .contains("--threads must be from 1 to 1024, was 0");
  }

  @Test
  void aDivisionVintageWithoutATableInBothLanguages() {
    String file = Cli.sampleFile().toString();

    Cli.Result zh = Cli.run("validate", "--divisions-vintage", "2023", file);
    Cli.Result en = Cli.run("validate", "--locale", "en", "--divisions-vintage", "2023", file);

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err()).contains("SG-CLI-003 --divisions-vintage 须与 --divisions DIR 一起使用");
    assertThat(en.err()).contains("SG-CLI-003 --divisions-vintage needs --divisions DIR");
  }
}
