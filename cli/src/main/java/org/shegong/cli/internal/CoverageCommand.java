package org.shegong.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shegong.core.coverage.CoverageCalculator;
import org.shegong.core.coverage.ExcludedStation;
import org.shegong.core.coverage.TownshipCoverage;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Station;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shegong coverage}: township coverage of a region by the stations of an exchange file.
 *
 * @since 0.1.0
 */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Township coverage (乡镇(街道)社工站覆盖率) of a region: the share of its real township-level"
          + " units (街道, 镇, 乡; not 类似乡级单位) that have at least one ACTIVE TOWNSHIP_STATION.",
      "Reads the station records of an exchange file; other record types are ignored. Prints"
          + " covered, total, percent, the uncovered units by name and the stations not counted"
          + " with the reason.",
      "Exit status 0, or 2 when the file cannot be read or the region is not a province, city or"
          + " county of the division table."
    })
final class CoverageCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--stations",
      paramLabel = "FILE",
      required = true,
      description = "Exchange file (.ndjson) with the station records.")
  private Path stations;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      required = true,
      description = "Province (2 digits), city (4) or county (6) code, e.g. 640502.")
  private String region;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "text (default) or json.",
      defaultValue = "text")
  private Options.Format format;

  @Option(
      names = "--locale",
      paramLabel = "zh-CN|en",
      description = "Language of the reasons in text output (default: zh-CN).",
      converter = Options.LocaleConverter.class,
      defaultValue = "zh-CN")
  private Locale locale;

  @Mixin private DivisionOptions divisions = new DivisionOptions();

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(stations) || !Files.isReadable(stations)) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT, "cannot read the stations file " + stations);
    }
    DivisionCode code = DivisionCode.lenient(region.trim());
    if (!code.isValid()) {
      throw new CommandFailure(
          CommandFailure.UNUSABLE_OPTION,
          "--region must be a 2-, 4- or 6-digit division code, got '" + shape(region) + "'");
    }
    CoverageCalculator calculator = CoverageCalculator.of(divisions.table());
    List<Station> found = new ArrayList<>();
    long records = 0;
    long unreadable = 0;
    try (ExchangeReader reader =
        ExchangeReader.open(stations, ReadOptions.defaults().withLocale(locale))) {
      for (ReadRecord read : reader) {
        records++;
        if (read.record().isEmpty()) {
          unreadable++;
          continue;
        }
        ExchangeRecord record = read.record().get();
        if (record instanceof Station station) {
          found.add(station);
        }
      }
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT, "cannot read " + stations + ": " + e.getMessage(), e);
    }
    TownshipCoverage coverage = calculator.townshipCoverage(code, found);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Options.Format.JSON) {
      json(coverage, records, unreadable, found.size(), out);
    } else {
      text(coverage, records, unreadable, found.size(), out);
    }
    out.flush();
    return ShegongCommand.OK;
  }

  /** A value from the command line shown by its shape only, in case it is not a code. */
  private static String shape(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }

  private void text(
      TownshipCoverage coverage, long records, long unreadable, int stationCount, PrintWriter out) {
    boolean zh = Options.chinese(locale);
    Division region = coverage.region();
    out.printf(
        zh
            ? "乡镇(街道)社工站覆盖率：%s（%s），区划表 %s%n"
            : "Township station coverage of %s (%s), division table %s%n",
        region.name(),
        region.code().value(),
        coverage.tableVintage());
    out.printf(
        zh ? "已覆盖 %d / %d 个乡级单位：%s%n" : "covered %d of %d township-level units: %s%n",
        coverage.covered(),
        coverage.total(),
        coverage.percent().orElse(zh ? "无可统计单位" : "n/a (no unit to cover)"));
    out.printf(
        zh ? "读取 %d 条记录，其中社工站 %d 条%s%n" : "read %d records, %d of them stations%s%n",
        records,
        stationCount,
        unreadable == 0
            ? ""
            : (zh
                ? "；" + unreadable + " 行无法读取，已跳过"
                : "; " + unreadable + " unreadable lines skipped"));
    out.printf(zh ? "未覆盖（%d）：%n" : "uncovered (%d):%n", coverage.uncovered());
    for (Division unit : coverage.uncoveredUnits()) {
      out.printf("  %s %s%n", unit.code().value(), unit.name());
    }
    List<ExcludedStation> excluded = coverage.excludedStations();
    out.printf(zh ? "未计入的站点（%d）：%n" : "stations not counted (%d):%n", excluded.size());
    for (ExcludedStation e : excluded) {
      Station s = e.station();
      out.printf(
          "  %s %s (%s): %s%n",
          s.id().isBlank() ? "?" : s.id(),
          s.name().orElse(""),
          s.divisionCode().map(DivisionCode::value).orElse("-"),
          zh ? e.reason().labelZh() : e.reason().labelEn());
    }
  }

  private void json(
      TownshipCoverage coverage, long records, long unreadable, int stationCount, PrintWriter out)
      throws IOException {
    try (JsonGenerator g = Json.prettyGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("region");
      g.writeStringField("code", coverage.region().code().value());
      g.writeStringField("name", coverage.region().name());
      g.writeEndObject();
      g.writeStringField("divisionTable", coverage.tableVintage());
      g.writeNumberField("covered", coverage.covered());
      g.writeNumberField("total", coverage.total());
      if (coverage.ratio().isPresent()) {
        g.writeStringField("ratio", coverage.ratio().get().toPlainString());
        g.writeStringField("percent", coverage.percent().orElseThrow());
      }
      g.writeNumberField("records", records);
      g.writeNumberField("stations", stationCount);
      g.writeNumberField("unreadableLines", unreadable);
      units(g, "coveredUnits", coverage.coveredUnits());
      units(g, "uncoveredUnits", coverage.uncoveredUnits());
      g.writeArrayFieldStart("excludedStations");
      for (ExcludedStation e : coverage.excludedStations()) {
        g.writeStartObject();
        g.writeStringField("id", e.station().id());
        if (e.station().divisionCode().isPresent()) {
          g.writeStringField("divisionCode", e.station().divisionCode().get().value());
        }
        g.writeStringField("reason", e.reason().code());
        g.writeStringField("reasonZh", e.reason().labelZh());
        g.writeStringField("reasonEn", e.reason().labelEn());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void units(JsonGenerator g, String name, List<Division> units) throws IOException {
    g.writeArrayFieldStart(name);
    for (Division unit : units) {
      g.writeStartObject();
      g.writeStringField("code", unit.code().value());
      g.writeStringField("name", unit.name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
