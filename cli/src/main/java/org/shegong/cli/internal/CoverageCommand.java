package org.shegong.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.shegong.core.coverage.CoverageCalculator;
import org.shegong.core.coverage.CoverageException;
import org.shegong.core.coverage.CoverageFigures;
import org.shegong.core.coverage.ExcludedStation;
import org.shegong.core.coverage.SubregionCoverage;
import org.shegong.core.coverage.TownshipCoverage;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.division.InvalidDivisionCodeException;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Station;
import org.shegong.core.privacy.Scrubber;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code shegong coverage}: township coverage of a region by the stations of an exchange file, a
 * city broken down by county and a province by city and county.
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
          + " covered, total, percent, a city's figures per county (a province's per city and"
          + " county), the uncovered units by name, the 类似乡级单位 left out and the stations not"
          + " counted with the reason.",
      "Exit status 0, or 2 when the file cannot be read or the region is not a province, city or"
          + " county of the division table."
    })
final class CoverageCommand implements Callable<Integer> {

  /** A citizen ID shape (18 characters, or a legacy 15 digits) inside a text. */
  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--stations",
      paramLabel = "FILE",
      required = true,
      description = "Exchange file (.ndjson) with the station records.")
  private @Nullable Path stations;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      required = true,
      description = {
        "The region, in any form: province (2 digits, e.g. 64), city (4, e.g. 6405) or county (6,"
            + " e.g. 640502) code of the division table, or the 6-digit GB/T 2260 form of a"
            + " province or city (640000, 640500)."
      })
  private String region = "";

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "text (default) or json.",
      defaultValue = "text")
  private Options.Format format = Options.Format.TEXT;

  @Mixin private LocaleOption language = new LocaleOption();

  @Mixin private DivisionOptions divisions = new DivisionOptions();

  @Override
  public Integer call() throws IOException {
    boolean zh = Options.chinese(language.locale);
    Path file = Objects.requireNonNull(stations, "stations");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT,
          (zh ? "无法读取站点文件 " : "cannot read the stations file ") + file);
    }
    DivisionCode code = regionCode(region, zh);
    DivisionTable table = divisions.table(language.locale);
    if (table.find(code).isEmpty()) {
      throw new CommandFailure(
          CoverageException.REGION_NOT_COVERABLE,
          zh
              ? "--region 应为区划表（"
                  + table.vintage()
                  + " 版）中的省、地级市或县级单位，实际为 '"
                  + code.value()
                  + "'，表中没有这个区划"
              : "the region of a coverage must be a province, city or county of the division table"
                  + " (vintage "
                  + table.vintage()
                  + "), got '"
                  + code.value()
                  + "', which is not in the table");
    }
    CoverageCalculator calculator = CoverageCalculator.of(table);
    List<Station> found = new ArrayList<>();
    long records = 0;
    long unreadable = 0;
    try (ExchangeReader reader =
        ExchangeReader.open(file, ReadOptions.defaults().withLocale(language.locale))) {
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
          CommandFailure.UNREADABLE_INPUT,
          (zh ? "无法读取 " : "cannot read ") + file + ": " + e.getMessage(),
          e);
    }
    TownshipCoverage coverage = calculator.townshipCoverage(code, found);
    PrintWriter out = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    if (format == Options.Format.JSON) {
      json(coverage, records, unreadable, found.size(), out);
    } else {
      text(coverage, table, records, unreadable, found.size(), out);
    }
    out.flush();
    return ShegongCommand.OK;
  }

  /**
   * Parses {@code --region}: 2, 4 or 6 digits (the 6 may be a GB/T 2260 province or city form),
   * with surrounding blanks ignored.
   *
   * @throws CommandFailure when the text is no such code
   */
  static DivisionCode regionCode(String written, boolean zh) {
    String text = written.strip();
    DivisionCode code = null;
    try {
      code = DivisionCode.ofAnyLevel(text);
    } catch (InvalidDivisionCodeException e) {
      // reported below
    }
    if (code == null || code.level().compareTo(DivisionLevel.COUNTY) > 0) {
      throw new CommandFailure(
          CommandFailure.UNUSABLE_OPTION,
          zh
              ? "--region 应为省（2 位，如 64）、地级市（4 位，如 6405）或县级（6 位，如 640502）区划代码，"
                  + "或 GB/T 2260 的 6 位省、市代码（如 640000、640500），实际为 "
                  + shown(text, true)
              : "--region must be a province (2 digits, e.g. 64), city (4, e.g. 6405) or county"
                  + " (6, e.g. 640502) division code, or the 6-digit GB/T 2260 code of a province"
                  + " or city (e.g. 640000, 640500), got "
                  + shown(text, false));
    }
    return code;
  }

  /** A value from the command line, quoted, or only its length when it could be personal. */
  private static String shown(String value, boolean zh) {
    if (value.length() <= 12) {
      return "'" + Scrubber.scrub(value) + "'";
    }
    return value.length() + (zh ? " 个字符（不显示）" : " characters (not shown)");
  }

  /**
   * A station's id or name as printed: anything in it shaped like a citizen ID or a mobile number
   * is masked ({@code 110105********002X}, {@code 138****1234}); the rest is shown as given.
   */
  static String masked(String text) {
    return Scrubber.scrub(text);
  }

  private void text(
      TownshipCoverage coverage,
      DivisionTable table,
      long records,
      long unreadable,
      int stationCount,
      PrintWriter out) {
    boolean zh = Options.chinese(language.locale);
    Division region = coverage.region();
    String gbt =
        region.level() == DivisionLevel.COUNTY
            ? ""
            : (zh ? "，GB/T 2260：" : ", GB/T 2260 ")
                + region.code().gbt2260Form().orElseThrow().value();
    out.printf(
        zh
            ? "乡镇(街道)社工站覆盖率：%s（%s%s），区划表 %s%n"
            : "Township station coverage of %s (%s%s), division table %s%n",
        region.name(),
        region.code().value(),
        gbt,
        coverage.tableVintage());
    out.printf(
        zh ? "已覆盖 %d / %d 个乡级单位：%s%n" : "covered %d of %d township-level units: %s%n",
        coverage.covered(),
        coverage.total(),
        percent(coverage, zh));
    out.printf(
        zh ? "读取 %d 条记录，其中社工站 %d 条%s%n" : "read %d records, %d of them stations%s%n",
        records,
        stationCount,
        unreadable == 0
            ? ""
            : (zh
                ? "；" + unreadable + " 行无法读取，已跳过"
                : "; " + unreadable + " unreadable lines skipped"));
    if (!coverage.breakdown().isEmpty()) {
      out.println(
          region.level() == DivisionLevel.PROVINCE
              ? (zh ? "按地级、县级单位：" : "by city and county:")
              : (zh ? "按县级单位：" : "by county:"));
      for (SubregionCoverage part : coverage.breakdown()) {
        partLine(part, "  ", zh, out);
        for (SubregionCoverage county : part.breakdown()) {
          partLine(county, "    ", zh, out);
        }
      }
    }
    out.printf(zh ? "未覆盖（%d）：%n" : "uncovered (%d):%n", coverage.uncovered());
    for (Division unit : coverage.uncoveredUnits()) {
      out.println(unitLine(unit, region, table, zh));
    }
    out.printf(
        zh ? "不计入覆盖率的类似乡级单位（%d）：%n" : "township-like units not counted (%d):%n",
        coverage.excludedUnits().size());
    for (Division unit : coverage.excludedUnits()) {
      out.println(unitLine(unit, region, table, zh));
    }
    List<ExcludedStation> excluded = coverage.excludedStations();
    out.printf(zh ? "未计入的站点（%d）：%n" : "stations not counted (%d):%n", excluded.size());
    for (ExcludedStation e : excluded) {
      Station s = e.station();
      out.printf(
          "  %s %s (%s): %s%n",
          s.id().isBlank() ? "?" : masked(s.id()),
          masked(s.name().orElse("")),
          s.divisionCode().map(c -> masked(c.value())).orElse("-"),
          zh ? e.reason().labelZh() : e.reason().labelEn());
    }
  }

  /** " 640502 沙坡头区：9 / 11，81.82%；未覆盖 2，另有类似乡级单位 2 个". */
  private static void partLine(SubregionCoverage part, String indent, boolean zh, PrintWriter out) {
    StringBuilder line =
        new StringBuilder(indent)
            .append(part.region().code().value())
            .append(' ')
            .append(part.region().name())
            .append(zh ? "：" : ": ")
            .append(part.covered())
            .append(zh ? " / " : " of ")
            .append(part.total())
            .append(zh ? "，" : ", ")
            .append(percent(part, zh));
    if (part.uncovered() > 0) {
      line.append(zh ? "；未覆盖 " : "; uncovered ").append(part.uncovered());
    }
    if (!part.excludedUnits().isEmpty()) {
      line.append(zh ? "；另有类似乡级单位 " : "; ")
          .append(part.excludedUnits().size())
          .append(zh ? " 个" : " township-like units not counted");
    }
    out.println(line);
  }

  /** " 640502102 东园镇（沙坡头区）": a township with the county (and city) it lies in. */
  private static String unitLine(Division unit, Division region, DivisionTable table, boolean zh) {
    StringBuilder line =
        new StringBuilder("  ").append(unit.code().value()).append(' ').append(unit.name());
    List<String> above = new ArrayList<>(2);
    for (Division ancestor : table.parentChain(unit.code())) {
      if (ancestor.level().compareTo(region.level()) > 0) {
        above.add(0, ancestor.name());
      }
    }
    if (!above.isEmpty()) {
      String where = String.join(" ", above);
      line.append(zh ? "（" + where + "）" : " (" + where + ")");
    }
    return line.toString();
  }

  private static String percent(CoverageFigures<Division> figures, boolean zh) {
    return figures.percent().orElse(zh ? "无可统计单位" : "n/a (no unit to cover)");
  }

  private void json(
      TownshipCoverage coverage, long records, long unreadable, int stationCount, PrintWriter out)
      throws IOException {
    try (JsonGenerator g = Json.prettyGenerator(out)) {
      g.writeStartObject();
      region(g, coverage.region());
      g.writeStringProperty("divisionTable", coverage.tableVintage());
      figures(g, coverage);
      g.writeNumberProperty("records", records);
      g.writeNumberProperty("stations", stationCount);
      g.writeNumberProperty("unreadableLines", unreadable);
      units(g, "coveredUnits", coverage.coveredUnits());
      units(g, "uncoveredUnits", coverage.uncoveredUnits());
      units(g, "excludedUnits", coverage.excludedUnits());
      breakdown(g, coverage.breakdown());
      g.writeArrayPropertyStart("excludedStations");
      for (ExcludedStation e : coverage.excludedStations()) {
        g.writeStartObject();
        g.writeStringProperty("id", masked(e.station().id()));
        if (e.station().divisionCode().isPresent()) {
          g.writeStringProperty("divisionCode", masked(e.station().divisionCode().get().value()));
        }
        g.writeStringProperty("reason", e.reason().code());
        g.writeStringProperty("reasonZh", e.reason().labelZh());
        g.writeStringProperty("reasonEn", e.reason().labelEn());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void region(JsonGenerator g, Division region) {
    g.writeObjectPropertyStart("region");
    g.writeStringProperty("code", region.code().value());
    g.writeStringProperty("name", region.name());
    g.writeStringProperty("level", region.level().code());
    if (region.code().gbt2260Form().isPresent()) {
      g.writeStringProperty("gbt2260Code", region.code().gbt2260Form().get().value());
    }
    g.writeEndObject();
  }

  private static void figures(JsonGenerator g, CoverageFigures<Division> figures) {
    g.writeNumberProperty("covered", figures.covered());
    g.writeNumberProperty("total", figures.total());
    if (figures.ratio().isPresent()) {
      g.writeStringProperty("ratio", figures.ratio().get().toPlainString());
      g.writeStringProperty("percent", figures.percent().orElseThrow());
    }
  }

  /** The parts of a city or province: figures, uncovered and excluded units, and their parts. */
  private static void breakdown(JsonGenerator g, List<SubregionCoverage> parts) {
    if (parts.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("breakdown");
    for (SubregionCoverage part : parts) {
      g.writeStartObject();
      region(g, part.region());
      figures(g, part);
      units(g, "uncoveredUnits", part.uncoveredUnits());
      units(g, "excludedUnits", part.excludedUnits());
      breakdown(g, part.breakdown());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void units(JsonGenerator g, String name, List<Division> units) {
    g.writeArrayPropertyStart(name);
    for (Division unit : units) {
      g.writeStartObject();
      g.writeStringProperty("code", unit.code().value());
      g.writeStringProperty("name", unit.name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
