package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Worker;

/** The batch API: locations, forward references, counts, reader issues. */
class BatchValidationTest {

  private static final String FILE = "batch.ndjson";

  /** Feeds records as lines 2, 3, … of a file with a header on line 1. */
  private static BatchValidation feed(ShegongValidator validator, List<ExchangeRecord> records) {
    BatchValidation batch = validator.newBatch();
    for (int i = 0; i < records.size(); i++) {
      batch.validate(records.get(i), RecordLocation.of(FILE, i + 2, i));
    }
    return batch;
  }

  @Test
  void resolvesReferencesToRecordsThatComeLater() {
    List<ExchangeRecord> reversed = new java.util.ArrayList<>(Generated.all());
    java.util.Collections.reverse(reversed);

    Report report = feed(Generated.validator(), reversed).report();

    assertThat(report.issues()).isEmpty();
    assertThat(report.summary().validRecords()).isEqualTo(reversed.size());
  }

  @Test
  void reportsANeverResolvedReferenceAtTheEndOnTheRecordThatMadeIt() {
    List<ExchangeRecord> records =
        Generated.samplesWith(Generated.serviceRecord().withStationId("S-404"));
    BatchValidation batch = feed(Generated.validator(), records);
    int index = records.indexOf(Generated.serviceRecord().withStationId("S-404"));

    List<Issue> late = batch.finish();

    assertThat(late)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-BAT-002");
              assertThat(issue.path()).isEqualTo("/stationId");
              assertThat(issue.file()).contains(FILE);
              assertThat(issue.line()).contains((long) index + 2);
              assertThat(issue.recordIndex()).contains((long) index);
              assertThat(issue.recordType()).contains("serviceRecord");
              assertThat(issue.recordId()).contains(Generated.serviceRecord().id());
              assertThat(issue.message()).contains("S-404");
            });
    assertThat(batch.report().summary().validRecords()).isEqualTo(records.size() - 1);
    assertThat(batch.finish()).isEmpty();
  }

  @Test
  void reportsADuplicateIdOnTheSecondRecord() {
    List<ExchangeRecord> records = Generated.samplesPlus(Generated.station());
    BatchValidation batch = Generated.validator().newBatch();
    List<Issue> last = List.of();
    for (int i = 0; i < records.size(); i++) {
      last = batch.validate(records.get(i), RecordLocation.of(FILE, i + 2, i));
    }

    assertThat(last)
        .extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SG-BAT-001", "/id"));
    assertThat(last.get(0).line()).contains((long) records.size() + 1);
  }

  @Test
  void namesTheLineOfTheFirstFileOfTheSameChild() {
    ShegongValidator english =
        ShegongValidator.create(Generated.config().withLocale(Locale.ENGLISH));
    List<ExchangeRecord> records = Generated.samplesPlus(Generated.child().withId("C-2"));
    int firstLine = Generated.all().indexOf(Generated.child()) + 2;

    Report report = feed(english, records).report();

    assertThat(report.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-BAT-003");
              assertThat(issue.recordId()).contains("C-2");
              assertThat(issue.message()).contains("line " + firstLine);
            });
  }

  @Test
  void inMemoryBatchesNameTheRecordIndexInstead() {
    Report report =
        Generated.validator().validateAll(Generated.samplesPlus(Generated.child().withId("C-2")));

    int firstIndex = Generated.all().indexOf(Generated.child());
    assertThat(report.issues())
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("第" + firstIndex + "条记录"));
  }

  @Test
  void countsRecordsErrorsWarningsAndReaderProblems() {
    BatchValidation batch = Generated.validator().newBatch();
    List<ExchangeRecord> records = Generated.all();
    for (int i = 0; i < records.size(); i++) {
      batch.validate(records.get(i), RecordLocation.of(FILE, i + 2, i));
    }
    Issue unknownField =
        Issue.builder()
            .severity(Severity.WARNING)
            .code("SG-STR-004")
            .message("unknown field")
            .path("/colour")
            .file(FILE)
            .line(2L)
            .recordIndex(0L)
            .build();
    Issue malformed =
        Issue.builder()
            .severity(Severity.ERROR)
            .code("SG-SYN-001")
            .message("not JSON")
            .path("")
            .file(FILE)
            .line(20L)
            .column(3L)
            .recordIndex((long) records.size())
            .build();
    batch.addReadingIssues(List.of(unknownField));
    batch.recordUnreadable(RecordLocation.of(FILE, 20, records.size()), List.of(malformed));

    Report report = batch.report();

    assertThat(report.summary().records()).isEqualTo(records.size() + 1);
    assertThat(report.summary().validRecords()).isEqualTo(records.size());
    assertThat(report.summary().errors()).isEqualTo(1);
    assertThat(report.summary().warnings()).isEqualTo(1);
    assertThat(report.valid()).isFalse();
    assertThat(report.issues()).containsExactly(unknownField, malformed);
  }

  @Test
  void keepsNoIssuesWhenToldButCountsThem() {
    BatchValidation batch = Generated.validator().newBatch(BatchOptions.retainingAtMost(0));
    List<ExchangeRecord> records = Generated.samplesPlus(Generated.station());
    List<Issue> returned = new java.util.ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      returned.addAll(batch.validate(records.get(i), RecordLocation.atIndex(i)));
    }

    Report report = batch.report();

    assertThat(returned).extracting(Issue::code).containsExactly("SG-BAT-001");
    assertThat(report.issues()).isEmpty();
    assertThat(report.summary().errors()).isEqualTo(1);
  }

  @Test
  void aFinishedBatchTakesNoMoreRecords() {
    BatchValidation batch = Generated.validator().newBatch();
    batch.report();

    assertThatThrownBy(() -> batch.validate(Generated.agency(), RecordLocation.atIndex(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void issuesOfTheReportAreInFileOrder() {
    List<ExchangeRecord> records =
        Generated.samplesWith(
            Generated.agency().withRegisteredOn(Generated.AS_OF.plusDays(3)),
            Generated.serviceRecord().withStationId("S-404"),
            Generated.volunteer().withPhone(org.shegong.core.id.MobileNumber.lenient("1")));

    Report report = feed(Generated.validator(), records).report();

    assertThat(report.issues()).extracting(i -> i.recordIndex().orElseThrow()).isSorted();
    assertThat(report.issues())
        .extracting(Issue::code)
        .containsExactly("SG-DAT-001", "SG-BAT-002", "SG-TEL-001");
  }

  @Test
  void aValueTheReaderCouldNotTakeIsOneIssueNotAlsoAMissingRequiredField() {
    // the reader found "amount": "12.345" malformed and left the amount out of the record
    var project = Generated.project().withAmount(java.util.Optional.empty());
    Issue malformed =
        Issue.builder()
            .severity(org.shegong.core.issue.Severity.ERROR)
            .code("SG-STR-006")
            .message("格式错误")
            .path("/amount")
            .recordIndex(0L)
            .recordType("project")
            .build();

    BatchValidation read = Generated.validator().newBatch();
    read.addReadingIssues(List.of(malformed));
    List<Issue> afterReader = read.validate(project, RecordLocation.atIndex(0));
    BatchValidation alone = Generated.validator().newBatch();
    List<Issue> withoutReader = alone.validate(project, RecordLocation.atIndex(0));
    BatchValidation elsewhere = Generated.validator().newBatch();
    elsewhere.addReadingIssues(List.of(malformed.withRecordIndex(7L)));
    List<Issue> otherRecord = elsewhere.validate(project, RecordLocation.atIndex(0));

    assertThat(afterReader).extracting(Issue::code).doesNotContain("SG-STR-001");
    assertThat(read.report().issues())
        .extracting(Issue::code)
        .filteredOn(code -> code.startsWith("SG-STR"))
        .containsExactly("SG-STR-006");
    assertThat(withoutReader).extracting(Issue::code).contains("SG-STR-001");
    assertThat(otherRecord).extracting(Issue::code).contains("SG-STR-001");
  }

  // ------------------------------------------------------------ the responsible people's roles

  private static final Child CHILD = Generated.child();
  private static final ResponsiblePeople PEOPLE = CHILD.responsibleIds().orElseThrow();
  private static final Worker SUPERVISOR =
      Generated.workerWithId(PEOPLE.childSupervisorId().orElseThrow());
  private static final Worker SOCIAL_WORKER =
      Generated.workerWithId(PEOPLE.socialWorkerId().orElseThrow());

  private static List<Issue> issuesOf(ShegongValidator validator, List<ExchangeRecord> records) {
    return feed(validator, records).report().issues();
  }

  @Test
  void aTier2ChildNamingAnUnqualifiedChildSupervisorAsItsSocialWorkerGetsTheIssue() {
    Worker unqualified = SUPERVISOR.withQualification(java.util.Optional.empty());
    Child child = CHILD.withResponsibleIds(PEOPLE.withSocialWorkerId(SUPERVISOR.id()));
    List<ExchangeRecord> records = Generated.samplesWith(unqualified, child);

    List<Issue> zh = issuesOf(Generated.validator(), records);
    List<Issue> en =
        issuesOf(ShegongValidator.create(Generated.config().withLocale(Locale.ENGLISH)), records);

    assertThat(CHILD.classification().flatMap(c -> c.tier())).contains(RiskTier.TIER_2);
    assertThat(SUPERVISOR.roles()).contains(WorkerRole.CHILD_SUPERVISOR);
    assertThat(zh)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-BAT-006");
              assertThat(issue.severity()).isEqualTo(Severity.ERROR);
              assertThat(issue.path()).isEqualTo("/responsibleIds/socialWorkerId");
              assertThat(issue.recordId()).contains(CHILD.id());
              assertThat(issue.recordIndex()).contains((long) records.indexOf(child));
              assertThat(issue.message())
                  .isEqualTo(
                      "专业社会工作者（responsibleIds.socialWorkerId）指定的工作人员 "
                          + SUPERVISOR.id()
                          + " 不是专业社会工作者：未持有助理社会工作师及以上的职业水平证书（qualification.level）");
            });
    assertThat(en)
        .singleElement()
        .extracting(Issue::message)
        .isEqualTo(
            "responsibleIds.socialWorkerId names worker "
                + SUPERVISOR.id()
                + ", who is not a professional social worker: no qualification of assistant"
                + " social worker or higher (qualification.level)");
  }

  @Test
  void swappedSupervisorAndDirectorIdsGetAnIssueEach() {
    Child swapped =
        CHILD.withResponsibleIds(
            PEOPLE
                .withChildSupervisorId(PEOPLE.childDirectorId())
                .withChildDirectorId(PEOPLE.childSupervisorId()));

    List<Issue> issues = issuesOf(Generated.validator(), Generated.samplesWith(swapped));

    assertThat(issues)
        .extracting(Issue::code, Issue::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("SG-BAT-004", "/responsibleIds/childSupervisorId"),
            org.assertj.core.groups.Tuple.tuple("SG-BAT-005", "/responsibleIds/childDirectorId"));
    assertThat(issues)
        .filteredOn(issue -> issue.code().equals("SG-BAT-004"))
        .singleElement()
        .extracting(Issue::message)
        .isEqualTo(
            "儿童督导员（responsibleIds.childSupervisorId）指定的工作人员 "
                + PEOPLE.childDirectorId().orElseThrow()
                + " 不是儿童督导员：其角色中没有儿童督导员（CHILD_SUPERVISOR）");
    assertThat(issues)
        .filteredOn(issue -> issue.code().equals("SG-BAT-005"))
        .singleElement()
        .extracting(Issue::message)
        .asString()
        .contains("儿童主任（responsibleIds.childDirectorId）", "不是儿童主任", "CHILD_DIRECTOR");
  }

  @Test
  void workersThatComeAfterTheChildAreCheckedAtTheEndOnTheChildsLine() {
    Child swapped =
        CHILD.withResponsibleIds(
            PEOPLE
                .withChildSupervisorId(PEOPLE.childDirectorId())
                .withChildDirectorId(PEOPLE.childSupervisorId()));
    List<ExchangeRecord> reversed = new java.util.ArrayList<>(Generated.samplesWith(swapped));
    java.util.Collections.reverse(reversed);
    int index = reversed.indexOf(swapped);

    BatchValidation batch = feed(Generated.validator(), reversed);
    List<Issue> late = batch.finish();

    // in file order: by record, then by path (childDirectorId before childSupervisorId)
    assertThat(late).extracting(Issue::code).containsExactly("SG-BAT-005", "SG-BAT-004");
    assertThat(late)
        .allSatisfy(
            issue -> {
              assertThat(issue.recordIndex()).contains((long) index);
              assertThat(issue.line()).contains((long) index + 2);
              assertThat(issue.recordId()).contains(CHILD.id());
            });
    assertThat(batch.report().summary().validRecords()).isEqualTo(reversed.size() - 1);
  }

  @Test
  void aCorrectFileIsSilentInEitherOrder() {
    List<ExchangeRecord> records = Generated.all();
    List<ExchangeRecord> reversed = new java.util.ArrayList<>(records);
    java.util.Collections.reverse(reversed);

    assertThat(issuesOf(Generated.validator(), records)).isEmpty();
    assertThat(issuesOf(Generated.validator(), reversed)).isEmpty();
  }

  @Test
  void anExpiredRegistrationFiresFromTheDayAfterItsLastValidDay() {
    Qualification q = SOCIAL_WORKER.qualification().orElseThrow();
    Worker expired =
        SOCIAL_WORKER.withQualification(q.withRegisteredUntil(Generated.AS_OF.minusDays(1)));
    Worker lastDay = SOCIAL_WORKER.withQualification(q.withRegisteredUntil(Generated.AS_OF));
    Worker unregistered =
        SOCIAL_WORKER.withQualification(q.withRegisteredUntil(java.util.Optional.empty()));

    List<Issue> onExpired = issuesOf(Generated.validator(), Generated.samplesWith(expired));
    List<Issue> onLastDay = issuesOf(Generated.validator(), Generated.samplesWith(lastDay));
    List<Issue> onUnregistered =
        issuesOf(Generated.validator(), Generated.samplesWith(unregistered));

    assertThat(onExpired)
        .filteredOn(issue -> issue.code().equals("SG-BAT-007"))
        .isNotEmpty()
        .allSatisfy(
            issue -> {
              assertThat(issue.recordType()).contains("child");
              assertThat(issue.path()).isEqualTo("/responsibleIds/socialWorkerId");
              assertThat(issue.severity()).isEqualTo(Severity.ERROR);
              assertThat(issue.message())
                  .contains(
                      SOCIAL_WORKER.id(),
                      "参照日" + Generated.AS_OF,
                      "登记有效期至" + Generated.AS_OF.minusDays(1) + "，已过期");
            });
    assertThat(onLastDay).extracting(Issue::code).doesNotContain("SG-BAT-007");
    assertThat(onUnregistered)
        .filteredOn(issue -> issue.code().equals("SG-BAT-007"))
        .isNotEmpty()
        .allSatisfy(issue -> assertThat(issue.message()).contains("未记录登记有效期"));
  }

  @Test
  void aKnownExternalWorkerIsNotCheckedAndAMissingOneIsOnlyADanglingReference() {
    Child external = CHILD.withResponsibleIds(PEOPLE.withSocialWorkerId("W-EXT-1"));
    ShegongValidator knowing =
        ShegongValidator.create(
            Generated.config().toBuilder()
                .knownExternalIds(
                    org.shegong.core.model.RecordType.WORKER, java.util.Set.of("W-EXT-1"))
                .build());

    assertThat(issuesOf(knowing, Generated.samplesWith(external))).isEmpty();
    assertThat(issuesOf(Generated.validator(), Generated.samplesWith(external)))
        .extracting(Issue::code)
        .containsExactly("SG-BAT-002");
  }
}
