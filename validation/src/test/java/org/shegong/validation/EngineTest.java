package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;
import org.shegong.core.model.Parent;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.Visit;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.core.subsidy.SubsidyPolicies;

/** The engine's guarantees: paths, profiles, locales, one issue per finding, shippable config. */
class EngineTest {

  private static List<Issue> issues(ExchangeRecord record) {
    return Generated.validator().validate(record);
  }

  private static Set<String> paths(List<Issue> issues, String code) {
    return issues.stream()
        .filter(i -> i.code().equals(code))
        .map(Issue::path)
        .collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ one issue per finding

  @Test
  void reportsEachViolationOnceAlthoughRecordsAreGeneratedSubclasses() {
    Child child =
        Generated.child()
            .withBirthDate(LocalDate.of(2030, 1, 1))
            .withGuardian(Guardian.builder().phone(MobileNumber.lenient("12")).build())
            .withVisits(Visit.builder().on(LocalDate.of(2030, 1, 1)).build());
    assertThat(child.getClass()).isNotEqualTo(Child.class);
    assertThat(Child.class).isAssignableFrom(child.getClass());

    List<Issue> issues = issues(child);

    assertThat(issues)
        .extracting(i -> i.code() + " " + i.path())
        .containsOnlyOnce(
            "SG-DAT-001 /birthDate", "SG-TEL-001 /guardian/phone", "SG-DAT-001 /visits/0/on")
        .doesNotHaveDuplicates();
  }

  // ------------------------------------------------------------------ JSON Pointers

  @Test
  void pointsIntoListsWithIndexes() {
    Child child =
        Generated.child()
            .withVisits(
                Visit.builder().on(LocalDate.of(2024, 6, 20)).build(),
                Visit.builder().on(LocalDate.of(2024, 6, 25)).build(),
                Visit.builder().on(LocalDate.of(2024, 7, 9)).build());

    assertThat(paths(issues(child), "SG-DAT-001")).containsExactly("/visits/2/on");
  }

  @Test
  void pointsIntoNestedOptionalObjectsWithoutContainerNodes() {
    Child child =
        Generated.child()
            .withClassification(
                Generated.child()
                    .classification()
                    .orElseThrow()
                    .withAssessedOn(LocalDate.of(2024, 7, 1)));

    assertThat(paths(issues(child), "SG-DAT-001")).containsExactly("/classification/assessedOn");
  }

  @Test
  void pointsAtTheFieldOfACrossFieldRuleInAList() {
    Child child =
        Generated.child()
            .withParents(
                Generated.child().parents().get(0),
                Parent.builder()
                    .relation(ParentRelation.MOTHER)
                    .situation(ParentSituation.MIGRANT_WORKER)
                    .since(LocalDate.of(2022, 1, 1))
                    .until(LocalDate.of(2021, 1, 1))
                    .build());

    assertThat(paths(issues(child), "SG-DAT-002")).containsExactly("/parents/1/until");
  }

  @Test
  void pointsAtTheItemOfAServicePlanSlot() {
    ServicePlan plan = Generated.plan();
    List<List<String>> slots = new java.util.ArrayList<>(plan.slots());
    slots.set(3, List.of("品牌", "品牌", " "));
    ExchangeRecord station = Generated.station().withServicePlan(plan.withSlots(slots));

    List<Issue> issues = issues(station);

    assertThat(paths(issues, "SG-FWK-009")).containsExactly("/servicePlan/slots/3/1");
    assertThat(paths(issues, "SG-FWK-008")).containsExactly("/servicePlan/slots/3/2");
  }

  @Test
  void pointsAtTheWholeRecordForRecordLevelFindings() {
    Child child = Generated.child().withBirthDate(Optional.empty()).withCitizenId(Optional.empty());

    assertThat(paths(issues(child), "SG-CHD-002")).containsExactly("");
  }

  @Test
  void pointsAtListElementsOfReferences() {
    var record = Generated.serviceRecord().withWorkerIds(Generated.worker().id(), "W-404");

    List<Issue> issues = Generated.validator().validateAll(Generated.samplesWith(record)).issues();

    assertThat(paths(issues, "SG-BAT-002")).containsExactly("/workerIds/1");
  }

  // ------------------------------------------------------------------ profiles

  @Test
  void exchangeProfileRequiresFieldsAndDraftProfileDoesNot() {
    Agency incomplete = Agency.builder().id("A-9").name("草稿机构").build();
    ShegongValidator draft = ShegongValidator.create(Generated.config().withProfile(Profile.DRAFT));

    assertThat(issues(incomplete))
        .extracting(Issue::code, Issue::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SG-STR-001", "/creditCode"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-001", "/kind"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-001", "/divisionCode"));
    assertThat(draft.validate(incomplete)).isEmpty();
  }

  @Test
  void draftProfileStillChecksTheValuesThatArePresent() {
    Agency draftWithBadCode =
        Agency.builder()
            .id("A-9")
            .divisionCode(org.shegong.core.division.DivisionCode.lenient("64050"))
            .build();
    ShegongValidator draft = ShegongValidator.create(Generated.config().withProfile(Profile.DRAFT));

    assertThat(draft.validate(draftWithBadCode))
        .extracting(Issue::code)
        .containsExactly("SG-DIV-001");
  }

  @Test
  void aBlankIdIsMissingAndAnEmptyCategoryListIsNot() {
    Child child = Generated.child().withId(" ").withCategories(List.of());

    assertThat(paths(issues(child), "SG-STR-001")).containsExactly("/id");
  }

  @Test
  void anEmptyRoleListIsMissing() {
    assertThat(paths(issues(Generated.worker().withRoles(List.of())), "SG-STR-001"))
        .containsExactly("/roles");
  }

  // ------------------------------------------------------------------ locales

  @Test
  void writesMessagesInTheConfiguredLocale() {
    Child child =
        Generated.child()
            .withClassification(
                Classification.builder()
                    .tier(RiskTier.TIER_1)
                    .assessedOn(LocalDate.of(2024, 6, 1))
                    .build());
    ShegongValidator english =
        ShegongValidator.create(Generated.config().withLocale(Locale.ENGLISH));

    Issue zh = only(issues(child), "SG-CHD-014");
    Issue en = only(english.validate(child), "SG-CHD-014");

    assertThat(zh.message()).contains("走访周期7天").contains("TIER_1（红").contains("政策「社工开发包默认值」");
    assertThat(en.message())
        .contains("visit interval 7 days")
        .contains("TIER_1 (red")
        .contains("policy 'Shegong defaults'");
    assertThat(en.code()).isEqualTo(zh.code());
    assertThat(en.path()).isEqualTo(zh.path());
  }

  @Test
  void defaultsToChineseMessages() {
    assertThat(ValidationConfig.defaults().locale().getLanguage()).isEqualTo("zh");
  }

  private static Issue only(List<Issue> issues, String code) {
    return issues.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ configuration

  @Test
  void aSerializedConfigurationRebuildsAnEquivalentValidator() throws Exception {
    ValidationConfig config =
        Generated.config().toBuilder()
            .locale(Locale.ENGLISH)
            .profile(Profile.DRAFT)
            .qualificationPolicy(
                QualificationPolicy.builder()
                    .name("某省 2025")
                    .renewalWindow(Period.ofMonths(6))
                    .build())
            .addSubsidyPolicies(List.of(SubsidyPolicies.zhongweiExample()))
            .tierPolicy(localTierPolicy())
            .addFramework(Generated.frameworkWithMinimum())
            .knownExternalIds(RecordType.AGENCY, Set.of("A-EXT"))
            .knownExternalIdPrefix(RecordType.WORKER, "EXT-")
            .strictCreditCodes(true)
            .build();

    ValidationConfig copy = roundTrip(config);

    assertThat(copy).isEqualTo(config).isNotSameAs(config);
    assertThat(copy.asOf()).isEqualTo(Generated.AS_OF);
    assertThat(copy.extraFrameworks().get(0).code()).isEqualTo("1+X");
    ServicePlan belowMinimum =
        ServicePlan.builder()
            .framework("1+X")
            .addSlots(List.of("平台"))
            .addSlots(List.of("一"))
            .build();
    List<ExchangeRecord> batch =
        Generated.samplesWith(Generated.station().withServicePlan(belowMinimum));
    assertThat(ShegongValidator.create(copy).validateAll(batch))
        .isEqualTo(ShegongValidator.create(config).validateAll(batch));
    assertThat(ShegongValidator.create(copy).validateAll(batch).issues())
        .extracting(Issue::code)
        .contains("SG-FWK-006");
  }

  private static TierPolicy localTierPolicy() {
    java.util.Map<RiskTier, Period> visits = new java.util.EnumMap<>(RiskTier.class);
    visits.putAll(TierPolicy.defaults().visitIntervals());
    visits.put(RiskTier.TIER_2, Period.ofDays(30));
    return TierPolicy.builder().name("某县 2024").visitIntervals(visits).build();
  }

  @Test
  void appliesAndNamesTheConfiguredTierPolicy() {
    Child visitedLongAgo =
        Generated.child().withVisits(Visit.builder().on(LocalDate.of(2024, 6, 10)).build());
    ShegongValidator local =
        ShegongValidator.create(
            Generated.config().toBuilder().tierPolicy(localTierPolicy()).build());

    assertThat(issues(visitedLongAgo)).extracting(Issue::code).contains("SG-CHD-014");
    assertThat(local.validate(visitedLongAgo)).extracting(Issue::code).doesNotContain("SG-CHD-014");
    Child notVisitedForLong =
        Generated.child().withVisits(Visit.builder().on(LocalDate.of(2024, 5, 1)).build());
    assertThat(only(local.validate(notVisitedForLong), "SG-CHD-014").message())
        .contains("某县 2024")
        .contains("30天");
  }

  @Test
  void theReferenceDateIsFixedWhenTheConfigurationIsBuilt() throws Exception {
    ValidationConfig config = ValidationConfig.defaults();

    assertThat(roundTrip(config).asOf()).isEqualTo(config.asOf());
  }

  @Test
  void knownExternalIdsSilenceDanglingReferences() {
    ValidationConfig config =
        Generated.config().toBuilder().knownExternalIdPrefix(RecordType.WORKER, "EXT-").build();
    var record = Generated.serviceRecord().withWorkerIds("EXT-17", "W-404");

    List<Issue> issues =
        ShegongValidator.create(config).validateAll(Generated.samplesWith(record)).issues();

    assertThat(issues)
        .filteredOn(i -> i.code().equals("SG-BAT-002"))
        .extracting(Issue::path)
        .containsExactly("/workerIds/1");
  }

  private static ValidationConfig roundTrip(ValidationConfig config)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ValidationConfig) in.readObject();
    }
  }

  // ------------------------------------------------------------------ severities

  @Test
  void aLegacyCitizenIdIsAWarningAndLeavesTheRecordValid() {
    var worker =
        Generated.worker().withCitizenId(org.shegong.core.id.CitizenId.lenient("640502900517013"));

    var report = Generated.validator().validateAll(Generated.samplesWith(worker));

    assertThat(report.issues()).extracting(Issue::severity).containsOnly(Severity.WARNING);
    assertThat(report.summary().warnings()).isEqualTo(1);
    assertThat(report.valid()).isTrue();
  }

  @Test
  void runsWithoutAnExpressionLanguageOnTheClassPath() {
    for (String name :
        List.of("jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName(name))
          .isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(Generated.validator().validate(Generated.child())).isEmpty();
  }

  @Test
  void strictCreditCodesAreOptIn() {
    assertThat(Generated.validator().config().strictCreditCodes()).isFalse();
  }
}
