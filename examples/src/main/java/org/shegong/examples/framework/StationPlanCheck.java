package org.shegong.examples.framework;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.framework.FrameworkSlot;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.Station;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * Builds two township stations that follow the {@code 1+1+5+X} service system (三亚 大社区社工站) and
 * validates them with {@link ShegongValidator}: one plan conforms, the other leaves out one of the
 * five service domains and breaks rule {@code SG-FWK-004}.
 *
 * <p>The framework is data, not code: the validator finds {@code 1+1+5+X} in the built-in {@link
 * FrameworkRegistry} by the notation the plan names. A plan fills each slot of the framework in
 * order: 1 resource-linking platform, 1 key service project, the 5 service domains (a closed slot:
 * all five codes of {@link ServiceDomain#core()}, nothing else), and X local brand services (zero
 * or more).
 *
 * @since 0.1.0
 */
public final class StationPlanCheck {

  /** The notation of the framework both stations follow. */
  public static final String FRAMEWORK = "1+1+5+X";

  /** The reference date of the validation: 30 June 2024. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private StationPlanCheck() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args optionally a language tag for the issue messages: {@code en} (default) or {@code
   *     zh-CN}
   */
  public static void main(String[] args) {
    Locale locale = args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH;
    run(locale, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the framework, validates the two example stations and prints the issues.
   *
   * @param locale the language of the issue messages; Chinese for {@code zh}, else English; not
   *     null
   * @param out where to print; not null
   * @return the report of validating both stations as one batch
   */
  public static Report run(Locale locale, PrintStream out) {
    ServiceFramework framework = FrameworkRegistry.builtIn().find(FRAMEWORK).orElseThrow();
    out.println("Framework " + framework.code() + " " + framework.name() + ":");
    List<FrameworkSlot> slots = framework.slots();
    for (int i = 0; i < slots.size(); i++) {
      FrameworkSlot slot = slots.get(i);
      out.printf(
          "  slot %d: %-2s %s (%s)%s%n",
          i,
          slot.count().notation(),
          slot.label(),
          slot.labelEn(),
          slot.isClosed() ? ", exactly " + String.join(" ", sorted(slot.members())) : "");
    }

    ShegongValidator validator =
        ShegongValidator.create(ValidationConfig.builder().asOf(AS_OF).locale(locale).build());
    List<Station> stations = List.of(conforming(), missingADomain());
    for (Station station : stations) {
      out.println();
      out.println(
          "Station "
              + station.id()
              + " "
              + station.name().orElse("")
              + ": "
              + station.servicePlan().map(ServicePlan::slots).orElseThrow());
      List<Issue> issues = validator.validate(station);
      if (issues.isEmpty()) {
        out.println("  conforms: no issue");
      }
      for (Issue issue : issues) {
        out.println("  " + issue.severity() + " " + issue.code() + " at " + issue.path());
        out.println("    " + issue.message());
      }
    }

    Report report = validator.validateAll(stations);
    out.println();
    out.println(
        "Both as one batch: "
            + report.summary().records()
            + " records, "
            + report.summary().validRecords()
            + " valid, "
            + report.summary().errors()
            + " error(s), "
            + report.summary().warnings()
            + " warning(s)");
    return report;
  }

  private static List<String> sorted(Set<String> members) {
    return members.stream().sorted().toList();
  }

  /**
   * Returns a station whose plan conforms to {@code 1+1+5+X}.
   *
   * @return the station
   */
  public static Station conforming() {
    return station(
        "ST-0001",
        "滨河镇社工站",
        "640502100",
        List.of(
            List.of("滨河镇社会资源链接平台"),
            List.of("“一老一小”关爱服务项目"),
            domains(
                ServiceDomain.SOCIAL_ASSISTANCE,
                ServiceDomain.ELDERLY_CARE,
                ServiceDomain.CHILD_CARE_AND_PROTECTION,
                ServiceDomain.COMMUNITY_GOVERNANCE,
                ServiceDomain.SOCIAL_AFFAIRS),
            List.of("黄河岸边邻里守望", "沙坡头银龄课堂")));
  }

  /**
   * Returns a station whose plan leaves out the service domain 社区治理 ({@code COMMUNITY_GOVERNANCE}).
   *
   * @return the station
   */
  public static Station missingADomain() {
    return station(
        "ST-0002",
        "文昌镇社工站",
        "640502101",
        List.of(
            List.of("文昌镇社会资源链接平台"),
            List.of("困境儿童关爱项目"),
            domains(
                ServiceDomain.SOCIAL_ASSISTANCE,
                ServiceDomain.ELDERLY_CARE,
                ServiceDomain.CHILD_CARE_AND_PROTECTION,
                ServiceDomain.SOCIAL_AFFAIRS),
            List.of()));
  }

  private static List<String> domains(ServiceDomain... domains) {
    return Arrays.stream(domains).map(ServiceDomain::code).toList();
  }

  private static Station station(
      String id, String name, String divisionCode, List<List<String>> slots) {
    return Station.builder()
        .id(id)
        .name(name)
        .level(StationLevel.TOWNSHIP_STATION)
        .divisionCode(DivisionCode.lenient(divisionCode))
        .status(StationStatus.ACTIVE)
        .openedOn(LocalDate.of(2022, 3, 1))
        .servicePlan(ServicePlan.builder().framework(FRAMEWORK).slots(slots).build())
        .build();
  }
}
