package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.id.CitizenId;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Worker;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.internal.batch.Hashing;

/**
 * The batch rules give the same issues, in the same order, whether their state stays in memory or
 * spills to disk, and whatever the hash of ids: seeded generated batches with defects of every
 * batch rule (duplicate ids, dangling and forward references, duplicate citizen IDs, slot misfits
 * found with the child and at the end) run with the default budget, with budgets that spill at the
 * first record and part-way, and with a hash under which every id collides.
 */
class BatchSpillTest {

  private static final String FILE = "spill.ndjson";
  private static final List<String> BATCH_RULES =
      List.of(
          "SG-BAT-001",
          "SG-BAT-002",
          "SG-BAT-003",
          "SG-BAT-004",
          "SG-BAT-005",
          "SG-BAT-006",
          "SG-BAT-007");

  @TempDir Path dir;

  /** What a batch gave: the pipeline's merged stream and the batch's own report. */
  private record Run(List<Issue> stream, Report report, boolean spilled) {}

  /**
   * Feeds records and merges what {@code validate} returned with what {@code finish} returned as
   * the pipeline does: by record, an issue found while reading before a late one.
   */
  private static Run run(BatchValidation batch, List<ExchangeRecord> records, boolean lines) {
    record Positioned(long position, int phase, int order, Issue issue) {}
    List<Positioned> all = new ArrayList<>();
    int order = 0;
    for (int i = 0; i < records.size(); i++) {
      RecordLocation location =
          lines ? RecordLocation.of(FILE, i + 2L, i) : RecordLocation.atIndex(i);
      for (Issue issue : batch.validate(records.get(i), location)) {
        all.add(new Positioned(i, 0, order++, issue));
      }
    }
    boolean spilled = batch.spilled();
    List<Issue> late = new ArrayList<>();
    batch.finishFile(FILE, late::add);
    for (Issue issue : late) {
      all.add(new Positioned(issue.recordIndex().orElse(Long.MAX_VALUE), 1, order++, issue));
    }
    all.sort(
        Comparator.comparingLong(Positioned::position)
            .thenComparingInt(Positioned::phase)
            .thenComparingInt(Positioned::order));
    return new Run(all.stream().map(Positioned::issue).toList(), batch.report(), spilled);
  }

  private static Run run(BatchOptions options, List<ExchangeRecord> records, boolean lines) {
    return run(Generated.validator().newBatch(options), records, lines);
  }

  private static BatchOptions budget(long bytes, Path dir) {
    return BatchOptions.builder().memoryBudget(bytes).spillDirectory(dir).build();
  }

  /**
   * A batch of the sample of a seed with defects of every batch rule at random places: records
   * moved later (forward references, workers after the children naming them), copies of earlier
   * records (duplicate ids and citizen IDs), second files of children under new ids, references to
   * records that never come, children naming random workers in their slots, workers whose
   * qualification is missing or whose registration expired.
   */
  static List<ExchangeRecord> generated(long seed, int size) {
    Random random = new Random(seed);
    List<ExchangeRecord> base = SampleData.withSeed(seed).withVolunteers().records(size);
    List<Worker> workers =
        base.stream().filter(Worker.class::isInstance).map(Worker.class::cast).toList();
    List<ExchangeRecord> out = new ArrayList<>();
    List<ExchangeRecord> deferred = new ArrayList<>();
    int gone = 0;
    for (ExchangeRecord record : base) {
      ExchangeRecord changed = record;
      if (changed instanceof Worker worker && random.nextInt(4) == 0) {
        Optional<Qualification> q = worker.qualification();
        changed =
            switch (random.nextInt(3)) {
              case 0 -> worker.withQualification(Optional.empty());
              case 1 ->
                  q.isPresent()
                      ? worker.withQualification(
                          q.get().withRegisteredUntil(Generated.AS_OF.minusDays(1)))
                      : worker;
              default ->
                  q.isPresent()
                      ? worker.withQualification(q.get().withRegisteredUntil(Optional.empty()))
                      : worker.withRoles(List.of(WorkerRole.CHILD_DIRECTOR));
            };
      } else if (changed instanceof Child child && random.nextInt(3) == 0) {
        ResponsiblePeople people =
            ResponsiblePeople.builder()
                .childSupervisorId(pick(random, workers, gone++))
                .childDirectorId(pick(random, workers, gone++))
                .socialWorkerId(pick(random, workers, gone++))
                .build();
        changed = child.withResponsibleIds(people);
      } else if (changed instanceof ServiceRecord service && random.nextInt(8) == 0) {
        changed = service.withStationId("S-GONE-" + gone++);
      } else if (changed instanceof Station station && random.nextInt(10) == 0) {
        changed = station.withOperatorAgencyId("A-GONE-" + gone++);
      }
      if (random.nextInt(6) == 0) {
        deferred.add(changed);
      } else {
        out.add(changed);
      }
      if (!deferred.isEmpty() && random.nextInt(5) == 0) {
        out.add(deferred.remove(random.nextInt(deferred.size())));
      }
      if (!out.isEmpty() && random.nextInt(25) == 0) {
        ExchangeRecord earlier = out.get(random.nextInt(out.size()));
        out.add(earlier);
        if (earlier instanceof Child child && child.citizenId().isPresent()) {
          out.add(child.withId(child.id() + "-B"));
        }
      }
    }
    out.addAll(deferred);
    return out;
  }

  /** A worker's id, sometimes one no record has. */
  private static String pick(Random random, List<Worker> workers, int gone) {
    return random.nextInt(10) == 0
        ? "W-GONE-" + gone
        : workers.get(random.nextInt(workers.size())).id();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void spillingChangesNeitherTheIssuesNorTheirOrder(long seed) {
    List<ExchangeRecord> records = generated(seed, 500);
    boolean lines = seed % 3 != 0;
    Run memory = run(BatchOptions.defaults(), records, lines);

    assertThat(memory.spilled()).isFalse();
    assertThat(memory.report().issues())
        .extracting(Issue::code)
        .as("the generated batch has a defect of every batch rule")
        .containsAll(BATCH_RULES);
    for (long budget : new long[] {1, 5_000, 40_000}) {
      Run disk = run(budget(budget, dir), records, lines);
      assertThat(disk.spilled()).as("a budget of %d bytes spills", budget).isTrue();
      assertThat(disk.stream()).as("budget %d", budget).isEqualTo(memory.stream());
      assertThat(disk.report()).as("budget %d", budget).isEqualTo(memory.report());
    }
    assertThat(leftIn(dir)).as("temporary files left").isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 8})
  void idsWhoseHashesAllCollideAreStillToldApart(long seed) {
    List<ExchangeRecord> records = generated(seed, 400);
    Run keyed = run(BatchOptions.defaults(), records, true);
    Hashing.Function weak = text -> 42;

    Run colliding =
        run(
            new BatchValidation(Generated.validator(), BatchOptions.defaults(), weak),
            records,
            true);

    assertThat(colliding.spilled()).isFalse();
    assertThat(colliding.stream()).isEqualTo(keyed.stream());
    assertThat(colliding.report()).isEqualTo(keyed.report());
  }

  @Test
  void aCollisionHidesNeitherADuplicateNorADanglingReference() {
    // a deliberately weak hash: every id and citizen ID has the same one
    Hashing.Function weak = text -> 42;
    Station station = Generated.station();
    Station other = station.withId(station.id() + "-OTHER");
    ServiceRecord service = Generated.serviceRecord();
    Child child = Generated.child();
    Child sameId = child.withId(child.id() + "-X").withCitizenId(otherCitizenId(child));
    List<ExchangeRecord> records =
        new ArrayList<>(
            List.of(
                station,
                other,
                service.withId("R-1").withStationId(station.id()),
                service.withId("R-2").withStationId(station.id() + "-GONE"),
                child,
                sameId,
                child.withId(child.id() + "-Y"),
                other));
    records.addAll(Generated.all());

    BatchValidation batch =
        new BatchValidation(Generated.validator(), BatchOptions.defaults(), weak);
    Run run = run(batch, records, true);

    List<Issue> batchIssues =
        run.stream().stream().filter(issue -> issue.code().startsWith("SG-BAT-00")).toList();
    // the second station is no duplicate of the first, but its copy at the end is
    assertThat(batchIssues)
        .filteredOn(issue -> issue.code().equals("SG-BAT-001"))
        .extracting(issue -> issue.recordIndex().orElseThrow())
        .contains(7L)
        .doesNotContain(1L);
    // R-1's station is there, R-2's is not
    assertThat(batchIssues)
        .filteredOn(issue -> issue.code().equals("SG-BAT-002"))
        .extracting(issue -> issue.recordId().orElseThrow())
        .contains("R-2")
        .doesNotContain("R-1");
    // a different citizen ID is not a second file; the same under another id is
    assertThat(batchIssues)
        .filteredOn(issue -> issue.code().equals("SG-BAT-003"))
        .extracting(issue -> issue.recordIndex().orElseThrow())
        .contains(6L)
        .doesNotContain(5L);
    assertThat(run.stream())
        .isEqualTo(run(BatchOptions.defaults(), records, true).stream())
        .isEqualTo(run(budget(1, dir), records, true).stream());
  }

  /** A valid citizen ID other than the child's: the sequence digits changed. */
  private static CitizenId otherCitizenId(Child child) {
    String value = child.citizenId().orElseThrow().value();
    String first17 = value.substring(0, 14) + (value.charAt(14) == '9' ? '1' : '9') + "00";
    return CitizenId.lenient(first17 + CitizenId.checkCharacter(first17));
  }

  @Test
  void spilledFilesAreDeletedWhenTheBatchFinishesOrIsClosed() throws IOException {
    List<ExchangeRecord> records = generated(9, 300);
    BatchValidation finished = Generated.validator().newBatch(budget(64, dir));
    BatchValidation abandoned = Generated.validator().newBatch(budget(64, dir));
    for (int i = 0; i < records.size(); i++) {
      finished.validate(records.get(i), RecordLocation.of(FILE, i + 2L, i));
      abandoned.validate(records.get(i), RecordLocation.of(FILE, i + 2L, i));
    }
    assertThat(finished.spilled()).isTrue();
    assertThat(leftIn(dir)).as("runs written while the batch is open").isNotEmpty();
    try (Stream<Path> directories = Files.list(dir)) {
      assertThat(directories.map(path -> path.getFileName().toString()))
          .hasSize(2)
          .allMatch(name -> name.startsWith("shegong-batch-"));
    }

    finished.finish();
    abandoned.close();

    assertThat(leftIn(dir)).isEmpty();
    try (Stream<Path> directories = Files.list(dir)) {
      assertThat(directories).isEmpty();
    }
  }

  @Test
  void aRecordWithManyUnresolvedReferencesSpillsThem() {
    ServiceRecord service = Generated.serviceRecord();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      missing.add("W-GONE-" + i);
    }
    List<ExchangeRecord> records =
        List.of(service.withId("R-1").withWorkerIds(missing), service.withId("R-2"));
    BatchValidation batch = Generated.validator().newBatch(budget(100_000, dir));

    Run run = run(batch, records, true);

    assertThat(run.spilled()).as("the references alone go beyond the budget").isTrue();
    assertThat(run.stream())
        .filteredOn(issue -> issue.code().equals("SG-BAT-002"))
        .filteredOn(issue -> issue.path().startsWith("/workerIds/"))
        .filteredOn(issue -> issue.recordId().orElseThrow().equals("R-1"))
        .hasSize(5_000)
        .extracting(Issue::path)
        .startsWith("/workerIds/0", "/workerIds/1", "/workerIds/10", "/workerIds/100");
    assertThat(run.stream()).isEqualTo(run(BatchOptions.defaults(), records, true).stream());
  }

  @Test
  void anEmptyFileIsReportedWhetherTheBudgetIsTinyOrNot() {
    assertThat(run(budget(1, dir), List.of(), true).stream())
        .isEqualTo(run(BatchOptions.defaults(), List.of(), true).stream())
        .extracting(Issue::code)
        .containsExactly("SG-BAT-008");
  }

  /** The regular files under a directory. */
  private static TreeSet<Path> leftIn(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
