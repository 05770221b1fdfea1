package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.validation.Generated.samplesPlus;
import static org.shegong.validation.Generated.samplesWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Rule;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Parent;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Worker;
import org.shegong.core.money.Money;

/**
 * Every rule of the catalogue, through the public API: a batch on which it fires and a near-miss
 * batch on which it stays silent. The table must cover the catalogue exactly.
 */
class RuleFiringTableTest {

  private static final Map<ValidationConfig, ShegongValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  /** Records validated as one batch; as the batch of a file of that name when there is one. */
  record Scenario(ValidationConfig config, List<ExchangeRecord> records, Optional<String> file) {
    Scenario(ValidationConfig config, List<ExchangeRecord> records) {
      this(config, records, Optional.empty());
    }

    List<Issue> issues() {
      ShegongValidator validator = VALIDATORS.computeIfAbsent(config, ShegongValidator::create);
      if (file.isEmpty()) {
        return validator.validateAll(records).issues();
      }
      BatchValidation batch = validator.newBatch();
      for (int i = 0; i < records.size(); i++) {
        batch.validate(records.get(i), RecordLocation.of(file.get(), i + 2, i));
      }
      batch.finishFile(file.get());
      return batch.report().issues();
    }
  }

  record Case(String code, Scenario fires, Scenario silent) {}

  private static final ValidationConfig CONFIG = Generated.config();
  private static final Scenario SAMPLES = new Scenario(CONFIG, Generated.all());
  private static final LocalDate PROJECT_START = Generated.project().startsOn().orElseThrow();
  private static final LocalDate CHILD_BIRTH = Generated.child().birthDate().orElseThrow();
  private static final Map<String, Case> TABLE = table();

  private static Scenario batch(ExchangeRecord... replacements) {
    return new Scenario(CONFIG, samplesWith(replacements));
  }

  private static Scenario batch(ValidationConfig config, ExchangeRecord... replacements) {
    return new Scenario(config, samplesWith(replacements));
  }

  private static Scenario plus(ExchangeRecord... more) {
    return new Scenario(CONFIG, samplesPlus(more));
  }

  private static Map<String, Case> table() {
    Map<String, Case> t = new LinkedHashMap<>();
    add(t, "SG-STR-001", batch(Generated.agency().withName(Optional.empty())), SAMPLES);

    // identifiers
    add(t, "SG-CID-001", batch(worker(CitizenId.lenient("12345"))), SAMPLES);
    add(
        t,
        "SG-CID-002",
        batch(worker(cid(Generated.citizenId("990105", LocalDate.of(1990, 5, 17), "013")))),
        SAMPLES);
    add(t, "SG-CID-003", batch(worker(cid(withCheck("11010519490231002")))), SAMPLES);
    String wrongCheck =
        Generated.workerId().substring(0, 17)
            + (Generated.workerId().charAt(17) == '1' ? '2' : '1');
    add(t, "SG-CID-004", batch(worker(cid(wrongCheck))), SAMPLES);
    Child bornLater =
        Generated.child()
            .withCitizenId(cid(Generated.citizenId("640502", LocalDate.of(2025, 1, 1), "002")))
            .withBirthDate(Optional.empty());
    add(
        t,
        "SG-CID-005",
        batch(bornLater),
        batch(CONFIG.withAsOf(LocalDate.of(2025, 1, 1)), bornLater));
    add(t, "SG-CID-006", batch(worker(cid("640502900517013"))), SAMPLES);
    add(t, "SG-USC-001", batch(agency(CreditCode.lenient("52O10000MJ0000000X"))), SAMPLES);
    String code = Generated.creditCode();
    String badCheck = code.substring(0, 17) + (code.charAt(17) == '1' ? '2' : '1');
    add(t, "SG-USC-002", batch(agency(CreditCode.lenient(badCheck))), SAMPLES);
    String orgCode8 = "MJ123456";
    char orgCheck = CreditCode.organizationCodeCheckCharacter(orgCode8);
    String badOrg = "52640502" + orgCode8 + (orgCheck == '1' ? '2' : '1');
    String badOrgCode = badOrg + CreditCode.checkCharacter(badOrg);
    ValidationConfig strict = CONFIG.toBuilder().strictCreditCodes(true).build();
    add(
        t,
        "SG-USC-003",
        batch(strict, agency(CreditCode.lenient(badOrgCode))),
        batch(agency(CreditCode.lenient(badOrgCode))));
    add(
        t,
        "SG-TEL-001",
        batch(Generated.worker().withPhone(MobileNumber.lenient("2380000123"))),
        SAMPLES);

    // division codes
    add(t, "SG-DIV-001", batch(Generated.agency().withDivisionCode(div("64050"))), SAMPLES);
    add(t, "SG-DIV-003", batch(Generated.agency().withDivisionCode(div("640599"))), SAMPLES);
    add(
        t,
        "SG-DIV-004",
        batch(Generated.station().withDivisionCode(div("640502"))),
        batch(
            Generated.station()
                .withLevel(StationLevel.COUNTY_GUIDANCE_CENTER)
                .withDivisionCode(div("640502"))));

    // dates
    add(
        t,
        "SG-DAT-001",
        batch(Generated.station().withOpenedOn(Generated.AS_OF.plusDays(1))),
        batch(Generated.station().withOpenedOn(Generated.AS_OF)));
    add(
        t,
        "SG-DAT-002",
        batch(Generated.project().withEndsOn(PROJECT_START.minusDays(1))),
        batch(Generated.project().withEndsOn(PROJECT_START)));

    // children: age and categories
    add(
        t,
        "SG-CHD-001",
        batch(Generated.child().withBirthDate(CHILD_BIRTH.plusDays(1))),
        batch(Generated.child().withBirthDate(CHILD_BIRTH)));
    add(
        t,
        "SG-CHD-002",
        batch(Generated.child().withBirthDate(Optional.empty()).withCitizenId(cid("123"))),
        batch(Generated.child().withBirthDate(Optional.empty())));
    add(
        t,
        "SG-CHD-003",
        batch(poverty(LocalDate.of(2006, 6, 30))),
        batch(poverty(LocalDate.of(2006, 7, 1))));
    add(
        t,
        "SG-CHD-004",
        batch(Generated.child().withBirthDate(LocalDate.of(2008, 6, 30))),
        batch(Generated.child().withBirthDate(LocalDate.of(2008, 7, 1))));
    add(t, "SG-CHD-005", batch(Generated.child().withRuralHousehold(false)), SAMPLES);
    add(
        t,
        "SG-CHD-006",
        batch(Generated.child().withCategories(ChildCategory.ORPHAN)),
        batch(orphan(ParentSituation.DECEASED, ParentSituation.MISSING)));
    add(
        t,
        "SG-CHD-007",
        batch(Generated.child().withCategories(ChildCategory.ORPHAN).withParents(List.of())),
        batch(orphan(ParentSituation.DECEASED, ParentSituation.DECEASED)));

    // children: tiers
    add(
        t,
        "SG-CHD-010",
        batch(Generated.child().withCarePlan(Optional.empty())),
        batch(tier(RiskTier.TIER_4).withCarePlan(Optional.empty())));
    ResponsiblePeople none = ResponsiblePeople.builder().build();
    add(
        t,
        "SG-CHD-011",
        batch(tier(RiskTier.TIER_3).withResponsibleIds(none)),
        batch(tier(RiskTier.TIER_4).withResponsibleIds(none)));
    add(
        t,
        "SG-CHD-012",
        batch(tier(RiskTier.TIER_3).withResponsibleIds(none)),
        batch(tier(RiskTier.TIER_4).withResponsibleIds(none)));
    ResponsiblePeople noWorker =
        Generated.child().responsibleIds().orElseThrow().withSocialWorkerId(Optional.empty());
    add(
        t,
        "SG-CHD-013",
        batch(tier(RiskTier.TIER_2).withResponsibleIds(noWorker)),
        batch(tier(RiskTier.TIER_3).withResponsibleIds(noWorker)));
    // TIER_2: a visit every 14 days; the last visit 15 days before asOf is one day overdue
    add(
        t,
        "SG-CHD-014",
        batch(visits(LocalDate.of(2024, 6, 15))),
        batch(visits(LocalDate.of(2024, 6, 16))));
    add(
        t,
        "SG-CHD-015",
        batch(
            visits(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 16), LocalDate.of(2024, 6, 25))),
        batch(
            visits(
                LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 16), LocalDate.of(2024, 6, 25))));
    add(
        t,
        "SG-CHD-016",
        batch(review(LocalDate.of(2024, 6, 29))),
        batch(review(LocalDate.of(2024, 6, 30))));
    add(
        t,
        "SG-CHD-020",
        batch(Generated.child().withGuardianConsent(Optional.empty())),
        batch(
            Generated.child()
                .withCitizenId(cid(Generated.citizenId("640502", LocalDate.of(2010, 6, 30), "002")))
                .withBirthDate(LocalDate.of(2010, 6, 30))
                .withGuardianConsent(Optional.empty())));

    // stations: frameworks
    add(t, "SG-FWK-010", batch(plan(ServicePlan.builder().framework("2+2+2").build())), SAMPLES);
    ServicePlan sample = Generated.plan();
    add(t, "SG-FWK-002", batch(plan(sample.withSlots(sample.slots().subList(0, 2)))), SAMPLES);
    add(t, "SG-FWK-003", batch(plan(slot(sample, 0, List.of("平台一", "平台二")))), SAMPLES);
    add(
        t,
        "SG-FWK-004",
        batch(plan(slot(sample, 2, List.of(ServiceDomain.SOCIAL_ASSISTANCE.code())))),
        SAMPLES);
    List<String> sixDomains =
        Stream.concat(sample.slots().get(2).stream(), Stream.of(ServiceDomain.OTHER.code()))
            .toList();
    add(t, "SG-FWK-005", batch(plan(slot(sample, 2, sixDomains))), SAMPLES);
    ValidationConfig withMinimum =
        CONFIG.toBuilder().addFramework(Generated.frameworkWithMinimum()).build();
    ServicePlan oneFeatured =
        ServicePlan.builder()
            .framework("1+X")
            .addSlots(List.of("平台"))
            .addSlots(List.of("特色一"))
            .build();
    add(
        t,
        "SG-FWK-006",
        batch(withMinimum, plan(oneFeatured)),
        batch(withMinimum, plan(slot(oneFeatured, 1, List.of("特色一", "特色二")))));
    add(
        t,
        "SG-FWK-007",
        batch(plan(slot(sample, 3, List.of(sample.slots().get(0).get(0))))),
        SAMPLES);
    add(t, "SG-FWK-008", batch(plan(slot(sample, 3, List.of(" ")))), SAMPLES);
    add(t, "SG-FWK-009", batch(plan(slot(sample, 3, List.of("品牌", "品牌")))), SAMPLES);

    // projects
    add(
        t,
        "SG-LNK-001",
        batch(Generated.project().withLinkageParties(LinkageParty.COMMUNITY)),
        batch(
            Generated.project()
                .withLinkageParties(LinkageParty.COMMUNITY)
                .withFiveSocialLinkage(false)));
    add(
        t,
        "SG-PRJ-001",
        batch(Generated.project().withAmount(Money.parse("0.00"))),
        batch(Generated.project().withAmount(Money.parse("0.01"))));

    // demands
    add(
        t,
        "SG-DEM-001",
        batch(Generated.demand().withServiceRecordIds(List.of())),
        batch(
            Generated.demand()
                .withStatus(DemandStatus.MATCHED)
                .withServiceRecordIds(List.of())
                .withSatisfaction(Optional.empty())));
    add(t, "SG-DEM-002", batch(rejected(Optional.empty())), batch(rejected(Optional.of("不属于本社区"))));
    add(t, "SG-DEM-003", batch(Generated.demand().withStatus(DemandStatus.PLANNED)), SAMPLES);
    add(
        t,
        "SG-DEM-004",
        batch(Generated.demand().withUrgency(4)),
        batch(Generated.demand().withUrgency(3)));
    add(
        t,
        "SG-DEM-005",
        batch(Generated.demand().withSatisfaction(6)),
        batch(Generated.demand().withSatisfaction(1)));

    // service records
    add(
        t,
        "SG-SRV-001",
        batch(Generated.serviceRecord().withMethod(ServiceMethod.GROUPWORK)),
        batch(
            Generated.serviceRecord()
                .withMethod(ServiceMethod.GROUPWORK)
                .withCaseStage(Optional.empty())));
    add(
        t,
        "SG-SRV-002",
        batch(Generated.serviceRecord().withVolunteerCount(-1)),
        batch(Generated.serviceRecord().withParticipants(0)));
    add(
        t,
        "SG-VOL-001",
        batch(Generated.volunteer().withServiceHours(-1)),
        batch(Generated.volunteer().withServiceHours(0)));
    add(
        t,
        "SG-SRV-003",
        batch(Generated.serviceRecord().withSessions(0)),
        batch(Generated.serviceRecord().withSessions(1)));

    // workers
    add(
        t,
        "SG-QUA-001",
        batch(qualification(q -> q.withRegisteredUntil(Optional.empty()))),
        batch(
            qualification(
                q ->
                    q.withObtainedOn(LocalDate.of(2023, 7, 1))
                        .withRegisteredUntil(Optional.empty()))));
    add(
        t,
        "SG-QUA-002",
        batch(qualification(q -> q.withRegisteredUntil(LocalDate.of(2024, 6, 29)))),
        batch(qualification(q -> q.withRegisteredUntil(LocalDate.of(2024, 6, 30)))));
    add(
        t,
        "SG-QUA-003",
        batch(qualification(q -> q.withRegisteredUntil(LocalDate.of(2022, 2, 28)))),
        SAMPLES);
    add(
        t,
        "SG-QUA-005",
        batch(qualification(q -> q.withRegisteredUntil(LocalDate.of(2024, 8, 31)))),
        batch(qualification(q -> q.withRegisteredUntil(LocalDate.of(2024, 10, 1)))));
    add(
        t,
        "SG-QUA-006",
        batch(
            qualification(
                q ->
                    q.withObtainedOn(LocalDate.of(2024, 1, 1))
                        .withRegisteredUntil(Optional.empty()))),
        SAMPLES);
    add(
        t,
        "SG-QUA-004",
        batch(qualification(q -> q.withContinuingEducationHours(89))),
        batch(qualification(q -> q.withContinuingEducationHours(90))));
    add(
        t,
        "SG-WRK-001",
        batch(Generated.worker().withRoles(WorkerRole.SUPERVISOR, WorkerRole.SUPERVISOR)),
        batch(Generated.worker().withRoles(WorkerRole.SUPERVISOR, WorkerRole.CHILD_DIRECTOR)));
    add(
        t,
        "SG-WRK-002",
        batch(qualification(q -> q.withContinuingEducationHours(-1))),
        batch(qualification(q -> q.withContinuingEducationHours(0))));

    // batches
    add(t, "SG-BAT-001", plus(Generated.agency()), plus(Generated.agency().withId("A-2")));
    ExchangeRecord dangling = Generated.serviceRecord().withStationId("S-404");
    add(
        t,
        "SG-BAT-002",
        batch(dangling),
        batch(
            CONFIG.toBuilder().knownExternalIds(RecordType.STATION, Set.of("S-404")).build(),
            dangling));
    add(
        t,
        "SG-BAT-003",
        plus(Generated.child().withId("C-2")),
        plus(
            Generated.child()
                .withId("C-2")
                .withCitizenId(
                    cid(Generated.citizenId("640502", LocalDate.of(2015, 3, 1), "004")))));
    add(
        t,
        "SG-BAT-008",
        new Scenario(CONFIG, List.of(), Optional.of("empty.ndjson")),
        new Scenario(CONFIG, List.of(Generated.agency()), Optional.of("one.ndjson")));

    // the people a child names fit their slots
    Child child = Generated.child();
    ResponsiblePeople people = child.responsibleIds().orElseThrow();
    String supervisorId = people.childSupervisorId().orElseThrow();
    String directorId = people.childDirectorId().orElseThrow();
    Worker socialWorker = Generated.workerWithId(people.socialWorkerId().orElseThrow());
    Child directorAsSupervisor = child.withResponsibleIds(people.withChildSupervisorId(directorId));
    add(
        t,
        "SG-BAT-004",
        batch(directorAsSupervisor),
        batch(
            CONFIG.toBuilder().knownExternalIds(RecordType.WORKER, Set.of(directorId)).build(),
            directorAsSupervisor));
    add(
        t,
        "SG-BAT-005",
        batch(child.withResponsibleIds(people.withChildDirectorId(supervisorId))),
        SAMPLES);
    Qualification registered = socialWorker.qualification().orElseThrow();
    add(
        t,
        "SG-BAT-006",
        batch(socialWorker.withQualification(Optional.empty())),
        batch(
            socialWorker.withQualification(
                registered.withLevel(QualificationLevel.ASSISTANT_SOCIAL_WORKER))));
    add(
        t,
        "SG-BAT-007",
        batch(
            socialWorker.withQualification(
                registered.withRegisteredUntil(Generated.AS_OF.minusDays(1)))),
        batch(socialWorker.withQualification(registered.withRegisteredUntil(Generated.AS_OF))));
    return t;
  }

  private static void add(Map<String, Case> table, String code, Scenario fires, Scenario silent) {
    if (table.put(code, new Case(code, fires, silent)) != null) {
      throw new IllegalStateException("two rows for " + code);
    }
  }

  // ------------------------------------------------------------------ the tests

  /** Every scenario of the table, firing and silent, for the engines' equivalence test. */
  static List<Scenario> scenarios() {
    List<Scenario> scenarios = new ArrayList<>();
    for (Case row : TABLE.values()) {
      scenarios.add(row.fires());
      scenarios.add(row.silent());
    }
    return scenarios;
  }

  static Collection<String> codes() {
    return Generated.validator().rules().rules().stream().map(Rule::code).toList();
  }

  @Test
  void everyRuleOfTheCatalogueHasARowAndEveryRowARule() {
    Set<String> catalogue = new TreeSet<>(codes());
    Set<String> rows = new TreeSet<>(TABLE.keySet());

    assertThat(rows)
        .as("rules without a firing/silent row")
        .containsAll(catalogue)
        .as("rows without a rule")
        .isSubsetOf(catalogue);
  }

  @Test
  void theSampleBatchIsSilentForEveryRule() {
    assertThat(SAMPLES.issues()).isEmpty();
  }

  @ParameterizedTest(name = "{0} fires")
  @MethodSource("codes")
  void ruleFiresOnItsBadData(String code) {
    Case row = TABLE.get(code);
    assertThat(row).as("row for " + code).isNotNull();

    List<Issue> issues = row.fires().issues();

    assertThat(issues).extracting(Issue::code).contains(code);
    Rule rule = Generated.validator().rules().find(code).orElseThrow();
    assertThat(issues)
        .filteredOn(issue -> issue.code().equals(code))
        .allSatisfy(
            issue -> {
              assertThat(issue.severity()).isEqualTo(rule.severity());
              assertThat(issue.message()).isNotBlank().doesNotContain("{");
              if (issue.recordIndex().isEmpty()) {
                // a rule on a file as a whole names the file
                assertThat(issue.file()).isPresent();
              } else {
                assertThat(issue.recordType()).isPresent();
              }
            });
  }

  @ParameterizedTest(name = "{0} stays silent")
  @MethodSource("codes")
  void ruleStaysSilentOnItsNearMiss(String code) {
    Case row = TABLE.get(code);
    assertThat(row).as("row for " + code).isNotNull();

    assertThat(row.silent().issues())
        .extracting(Issue::code)
        .as("issues of the near miss of " + code)
        .doesNotContain(code);
  }

  @ParameterizedTest(name = "{0} has messages and an example")
  @MethodSource("codes")
  void ruleHasBothMessagesAndAnExample(String code) {
    Rule rule = Generated.validator().rules().find(code).orElseThrow();

    assertThat(rule.messageZh()).isNotBlank();
    assertThat(rule.messageEn()).isNotBlank();
    assertThat(rule.summaryZh()).isNotBlank();
    assertThat(rule.summaryEn()).isNotBlank();
    assertThat(rule.example()).isNotBlank();
  }

  /** JSON field names of the model: they may appear in a Chinese message, after their label. */
  private static final Set<String> FIELD_NAMES = fieldNames();

  /**
   * Latin words a Chinese message may hold: rule codes, code-set codes (TIER_2, LEFT_BEHIND,
   * CASEWORK, the X of 1+1+5+X), field names, values in quotes and the ids of the sample.
   */
  private static final java.util.regex.Pattern LATIN_WORD =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static Set<String> fieldNames() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : org.shegong.core.model.FieldNames.modelTypes()) {
      names.addAll(org.shegong.core.model.FieldNames.of(type).orElseThrow());
    }
    names.add("recordType");
    return names;
  }

  /** The Latin words of a Chinese message that are none of codes, field names and values. */
  static List<String> latinWords(String message) {
    String text =
        message
            .replaceAll("SG-[A-Z]{3}-[0-9]{3}", " ")
            // a code or field name in brackets after its Chinese label: 社工站（station）
            .replaceAll("（[A-Za-z][A-Za-z0-9_.]*）", " ")
            .replaceAll("「[^」]*」|“[^”]*”|\"[^\"]*\"|'[^']*'", " ");
    List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      boolean code = word.equals(word.toUpperCase(java.util.Locale.ROOT));
      if (!code && !FIELD_NAMES.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  @ParameterizedTest(name = "{0} reads as Chinese")
  @MethodSource("codes")
  void chineseMessagesHaveNoLatinWordsButCodesFieldNamesAndValues(String code) {
    List<Issue> issues = TABLE.get(code).fires().issues();

    assertThat(issues)
        .filteredOn(issue -> issue.code().equals(code))
        .isNotEmpty()
        .allSatisfy(
            issue ->
                assertThat(latinWords(issue.message()))
                    .as("Latin words in the Chinese message of %s: %s", code, issue.message())
                    .isEmpty());
  }

  @ParameterizedTest(name = "{0}: summary, template and example read as Chinese")
  @MethodSource("codes")
  void theCataloguesChineseTextsAndExamplesHaveNoEnglishWords(String code) {
    Rule rule = Generated.validator().rules().find(code).orElseThrow();
    String template = rule.messageZh().replaceAll("\\{[A-Za-z][^{}]*}", " ");

    assertThat(latinWords(rule.summaryZh())).as("summary of " + code).isEmpty();
    assertThat(latinWords(template)).as("message template of " + code).isEmpty();
    assertThat(latinWords(rule.example().replaceAll("\\b(true|false|null)\\b", " ")))
        .as("example of " + code)
        .isEmpty();
  }

  @Test
  void theLatinWordCheckFindsEnglishInAChineseMessage() {
    assertThat(latinWords("stationId 引用的station ST-000099 不在本批数据中")).containsExactly("station");
    assertThat(latinWords("应为a decimal string")).containsExactly("a", "decimal", "string");
    assertThat(latinWords("TIER_2（黄，中风险）儿童须指定儿童督导员（responsibleIds.childSupervisorId）")).isEmpty();
    assertThat(latinWords("政策「Shegong defaults」规定 SG-CHD-014")).isEmpty();
    assertThat(latinWords("project 记录的 id P-000001 重复")).containsExactly("project");
    assertThat(latinWords("项目（project）记录的编号（id）P-000001 重复")).isEmpty();
  }

  @Test
  void englishMessagesUseTheSingularForOneDay() {
    ValidationConfig english = CONFIG.withLocale(java.util.Locale.ENGLISH);
    List<Issue> oneDay =
        new Scenario(english, samplesWith(visits(LocalDate.of(2024, 6, 15)))).issues();
    List<Issue> twoDays =
        new Scenario(english, samplesWith(visits(LocalDate.of(2024, 6, 14)))).issues();

    assertThat(oneDay)
        .filteredOn(issue -> issue.code().equals("SG-CHD-014"))
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("is 1 day overdue"));
    assertThat(twoDays)
        .filteredOn(issue -> issue.code().equals("SG-CHD-014"))
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("is 2 days overdue"));
  }

  @Test
  void theServiceLoaderCatalogueHoldsTheValidatorsRules() {
    Set<String> loaded =
        org.shegong.core.issue.RuleCatalogue.load().rules().stream()
            .map(Rule::code)
            .collect(Collectors.toSet());

    assertThat(loaded).containsAll(codes());
  }

  // ------------------------------------------------------------------ record helpers

  private static CitizenId cid(String raw) {
    return CitizenId.lenient(raw);
  }

  private static DivisionCode div(String raw) {
    return DivisionCode.lenient(raw);
  }

  private static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  private static ExchangeRecord worker(CitizenId id) {
    return Generated.worker().withCitizenId(id);
  }

  private static ExchangeRecord agency(CreditCode code) {
    return Generated.agency().withCreditCode(code);
  }

  private static Child poverty(LocalDate birthDate) {
    return Generated.child()
        .withBirthDate(birthDate)
        .withCitizenId(cid(Generated.citizenId("640502", birthDate, "002")))
        .withCategories(ChildCategory.POVERTY);
  }

  private static Child orphan(ParentSituation father, ParentSituation mother) {
    return Generated.child()
        .withCategories(ChildCategory.ORPHAN)
        .withParents(
            Parent.builder().relation(ParentRelation.FATHER).situation(father).build(),
            Parent.builder().relation(ParentRelation.MOTHER).situation(mother).build());
  }

  private static Child tier(RiskTier tier) {
    Classification c = Generated.child().classification().orElseThrow();
    return Generated.child().withClassification(c.withTier(tier));
  }

  private static Child visits(LocalDate... dates) {
    return Generated.child()
        .withVisits(
            Stream.of(dates)
                .map(d -> Visit.builder().on(d).workerId(Generated.worker().id()).build())
                .toList());
  }

  private static Child review(LocalDate nextReviewOn) {
    Classification c = Generated.child().classification().orElseThrow();
    return Generated.child().withClassification(c.withNextReviewOn(nextReviewOn));
  }

  private static ExchangeRecord plan(ServicePlan plan) {
    return Generated.station().withServicePlan(plan);
  }

  private static ServicePlan slot(ServicePlan plan, int index, List<String> items) {
    List<List<String>> slots = new java.util.ArrayList<>(plan.slots());
    slots.set(index, items);
    return plan.withSlots(slots);
  }

  private static ExchangeRecord rejected(Optional<String> reason) {
    return Generated.demand()
        .withStatus(DemandStatus.REJECTED)
        .withServiceRecordIds(List.of())
        .withSatisfaction(Optional.empty())
        .withRejectionReason(reason);
  }

  private static ExchangeRecord qualification(
      java.util.function.UnaryOperator<Qualification> change) {
    // a social worker (社会工作师) registered for 2022-03-01 to 2026-02-28 with enough education
    Qualification q =
        Generated.worker()
            .qualification()
            .orElseThrow()
            .withObtainedOn(LocalDate.of(2022, 3, 1))
            .withRegisteredUntil(LocalDate.of(2026, 2, 28))
            .withContinuingEducationHours(100);
    return Generated.worker().withQualification(change.apply(q));
  }
}
