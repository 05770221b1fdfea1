package org.shegong.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.core.id.CitizenId;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Worker;
import org.shegong.core.privacy.Masking;
import org.shegong.validation.internal.batch.Hashing;
import org.shegong.validation.internal.batch.LongHashSet;
import org.shegong.validation.internal.batch.LongIntHashMap;
import org.shegong.validation.internal.batch.References;
import org.shegong.validation.internal.batch.WorkerFacts;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.JsonPointers;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.RecordTypeNames;
import org.shegong.validation.internal.rules.RecordChecks;

/**
 * The validation of one batch of records, typically one exchange file, read elsewhere and handed
 * over record by record.
 *
 * <p>Besides the rules of each record, a batch checks the rules across records: ids unique per
 * record type (SG-BAT-001), references to records in the batch or declared as known external
 * (SG-BAT-002), one child record per citizen ID (SG-BAT-003), and the people a child names in
 * {@code responsibleIds} fitting their slot: the child supervisor has the role {@code
 * CHILD_SUPERVISOR} (SG-BAT-004), the child director the role {@code CHILD_DIRECTOR} (SG-BAT-005),
 * the social worker a qualification (SG-BAT-006) whose registration is valid on the reference date
 * (SG-BAT-007). A worker declared as a known external record is not checked; one that is neither in
 * the batch nor known is a dangling reference (SG-BAT-002) only. A reader adds what it found itself
 * ({@link #addReadingIssues}, {@link #recordUnreadable}), so that the {@link #report()} counts
 * every record and every issue. The configuration's severity overrides apply to every issue, the
 * reader's included; an unreadable line stays an invalid record even when its rule is off.
 *
 * <pre>{@code
 * BatchValidation batch = validator.newBatch();
 * for (each record read, with its line and index) {
 *   List<Issue> issues = batch.validate(record, RecordLocation.of("batch.ndjson", line, index));
 * }
 * List<Issue> late = batch.finish();   // references that were never resolved
 * Report report = batch.report();
 * }</pre>
 *
 * <p><b>Memory.</b> A batch streams: per record it keeps the 64-bit hash of the id (8–16 bytes per
 * record) and, for child records, the hash of the citizen ID with the line it was first seen on; a
 * reference to a record not seen yet is kept only until that record arrives. Per worker it keeps
 * one {@code int} of facts (its child roles, whether it is qualified, its registration date) under
 * the id hash, so that a child's slots are checked whether the worker comes before or after it. A
 * million records validate in a 64 MB heap. See {@code Hashing} in the implementation for the
 * (negligible) probability of a false duplicate. Issues are kept for the report up to {@link
 * BatchOptions#maxRetainedIssues()}.
 *
 * <p>Not thread-safe: feed a batch from one thread (or synchronize).
 *
 * @since 0.1.0
 */
public final class BatchValidation {

  /** SG-BAT-001: two records of one type share an id. */
  static final Rule DUPLICATE_ID =
      batch(
          "SG-BAT-001",
          "同类记录的 id 在一批数据中唯一",
          "an id is unique among the records of its type in a batch",
          "{recordType}记录的编号（id）{id} 重复：同类记录中已有此编号",
          "{recordType} id {id} is already used by an earlier record of the same type",
          "{\"recordType\":\"station\",\"id\":\"S-1\"} + {\"recordType\":\"station\",\"id\":\"S-1\"}");

  /** SG-BAT-002: a reference to a record that is not in the batch. */
  static final Rule DANGLING_REFERENCE =
      batch(
          "SG-BAT-002",
          "引用的记录须在本批数据中，或已在配置中声明为已知外部记录",
          "a referenced record is in the batch or declared as a known external record",
          "{field} 引用的{targetType}记录 {id} 不在本批数据中，也未声明为已知外部记录",
          "{field} refers to {targetType} {id}, which is neither in this batch nor declared as a"
              + " known external record",
          "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"stationId\":\"S-404\"}");

  /** SG-BAT-003: two child records with the same citizen ID. */
  static final Rule DUPLICATE_CHILD =
      batch(
          "SG-BAT-003",
          "一人一档：同一公民身份号码只有一份儿童档案",
          "one file per person: a citizen ID appears on one child record only",
          "公民身份号码 {citizenId} 已有儿童档案（见{first}）：一人一档",
          "citizenId {citizenId} already has a child record (on {first}): one file per person",
          "{\"recordType\":\"child\",\"id\":\"C-1\",\"citizenId\":\"640502…\"} + "
              + "{\"recordType\":\"child\",\"id\":\"C-2\",\"citizenId\":\"640502…\"}");

  /**
   * SG-BAT-004: {@code responsibleIds.childSupervisorId} names a worker without the role {@code
   * CHILD_SUPERVISOR}. An error: the township child supervisor is the person accountable for the
   * child, and a record naming someone else misstates who that is.
   */
  static final Rule SUPERVISOR_ROLE =
      batch(
          "SG-BAT-004",
          "儿童的儿童督导员须是角色为儿童督导员（CHILD_SUPERVISOR）的工作人员",
          "a child's childSupervisorId names a worker with the role CHILD_SUPERVISOR",
          "{field}指定的工作人员 {id} 不是儿童督导员：其角色中没有儿童督导员（CHILD_SUPERVISOR）",
          "{field} names worker {id}, who does not have the role CHILD_SUPERVISOR (child"
              + " supervisor)",
          "{\"recordType\":\"worker\",\"id\":\"W-1\",\"roles\":[\"CHILD_DIRECTOR\"]} + "
              + "{\"recordType\":\"child\",\"responsibleIds\":{\"childSupervisorId\":\"W-1\"}}");

  /**
   * SG-BAT-005: {@code responsibleIds.childDirectorId} names a worker without the role {@code
   * CHILD_DIRECTOR}. An error, as SG-BAT-004.
   */
  static final Rule DIRECTOR_ROLE =
      batch(
          "SG-BAT-005",
          "儿童的儿童主任须是角色为儿童主任（CHILD_DIRECTOR）的工作人员",
          "a child's childDirectorId names a worker with the role CHILD_DIRECTOR",
          "{field}指定的工作人员 {id} 不是儿童主任：其角色中没有儿童主任（CHILD_DIRECTOR）",
          "{field} names worker {id}, who does not have the role CHILD_DIRECTOR (child director)",
          "{\"recordType\":\"worker\",\"id\":\"W-2\",\"roles\":[\"CHILD_SUPERVISOR\"]} + "
              + "{\"recordType\":\"child\",\"responsibleIds\":{\"childDirectorId\":\"W-2\"}}");

  /**
   * SG-BAT-006: {@code responsibleIds.socialWorkerId} names a worker without a qualification
   * (助理社会工作师 or higher). An error: tiers 1 and 2 require a professional social worker, and a worker
   * without the qualification is not one.
   */
  static final Rule SOCIAL_WORKER_QUALIFIED =
      batch(
          "SG-BAT-006",
          "儿童的专业社会工作者须持有助理社会工作师及以上的社会工作者职业水平证书",
          "a child's socialWorkerId names a worker qualified as assistant social worker or higher",
          "{field}指定的工作人员 {id} 不是专业社会工作者：未持有助理社会工作师及以上的职业水平证书" + "（qualification.level）",
          "{field} names worker {id}, who is not a professional social worker: no qualification"
              + " of assistant social worker or higher (qualification.level)",
          "{\"recordType\":\"worker\",\"id\":\"W-3\",\"roles\":[\"CHILD_SUPERVISOR\"]} + "
              + "{\"recordType\":\"child\",\"responsibleIds\":{\"socialWorkerId\":\"W-3\"}}");

  /**
   * SG-BAT-007: {@code responsibleIds.socialWorkerId} names a qualified worker whose registration
   * ({@code qualification.registeredUntil}) is missing or expired on the reference date. An error,
   * as SG-BAT-006: a qualification counts for the profession only while registered.
   */
  static final Rule SOCIAL_WORKER_REGISTERED =
      batch(
          "SG-BAT-007",
          "儿童的专业社会工作者的职业水平证书须在参照日处于登记有效期内",
          "a child's socialWorkerId names a worker whose registration is valid on the reference"
              + " date",
          "{field}指定的工作人员 {id} 在参照日{asOf}不是专业社会工作者：{state}",
          "{field} names worker {id}, who is not a professional social worker on the reference"
              + " date {asOf}: {state}",
          "{\"recordType\":\"worker\",\"id\":\"W-4\",\"qualification\":{\"level\":"
              + "\"SOCIAL_WORKER\",\"registeredUntil\":\"2023-12-31\"}} + "
              + "{\"recordType\":\"child\",\"responsibleIds\":{\"socialWorkerId\":\"W-4\"}}");

  /**
   * SG-BAT-008: an exchange file without a single record (empty, blank lines, or a header only). A
   * warning, not an error: nothing in the file is wrong, but a delivery that carries no data is
   * almost always a mistake (an export that failed, the wrong file) and must not pass silently.
   * Reported by {@link #finishFile(String)} only; an in-memory batch may well be empty.
   */
  static final Rule EMPTY_FILE =
      Rule.builder()
          .code("SG-BAT-008")
          .layer(Layer.BATCH)
          .severity(Severity.WARNING)
          .summaryZh("交换文件至少有一条记录")
          .summaryEn("an exchange file holds at least one record")
          .messageZh("文件「{file}」中没有任何记录：交换文件至少应有一条记录（仅有文件头或空行不算）")
          .messageEn(
              "file '{file}' has no records: an exchange file holds at least one record (a header"
                  + " or blank lines alone do not count)")
          .example("{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":0}")
          .build();

  static final LocalizedTemplate REGISTRATION_EXPIRED =
      LocalizedTemplate.of(
          "证书登记有效期至{until}，已过期（qualification.registeredUntil）",
          "the registration was valid until {until} (qualification.registeredUntil)");

  static final LocalizedTemplate NOT_REGISTERED =
      LocalizedTemplate.of(
          "证书未记录登记有效期（qualification.registeredUntil）",
          "the qualification has no registration (qualification.registeredUntil)");

  private static final Comparator<Issue> FILE_ORDER =
      Comparator.comparingLong((Issue issue) -> issue.recordIndex().orElse(-1L));

  static final LocalizedTemplate LINE = LocalizedTemplate.of("第{line}行", "line {line}");
  static final LocalizedTemplate RECORD = LocalizedTemplate.of("第{index}条记录", "record {index}");

  private final ShegongValidator validator;
  private final BatchOptions options;
  private final LongHashSet[] ids = new LongHashSet[RecordType.values().length];
  private final List<Map<Long, List<PendingReference>>> pending = new ArrayList<>();
  private final LongIntHashMap childCitizenIds = new LongIntHashMap();

  /** The role bits and registration date of each worker, by id hash ({@link WorkerFacts}). */
  private final LongIntHashMap workers = new LongIntHashMap();

  /** Slots of children naming a worker not seen yet, by the worker's id hash. */
  private final Map<Long, List<PendingSlot>> pendingSlots = new HashMap<>();

  /** Slots found wrong when their worker came after the child; reported by {@link #finish()}. */
  private final List<PendingReference> misfits = new ArrayList<>();

  private final BitSet invalidRecords = new BitSet();
  private final List<Issue> retained = new ArrayList<>();

  /** The record the reader's issues last seen belong to, and the pointers they name. */
  private long readerIssuesOf = -1;

  private final Set<String> readerPaths = new HashSet<>();

  private long records;
  private long errors;
  private long warnings;
  private boolean finished;

  BatchValidation(ShegongValidator validator, BatchOptions options) {
    this.validator = validator;
    this.options = options;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = new LongHashSet();
      pending.add(new HashMap<>());
    }
  }

  /**
   * A reference to a record not seen yet; small, since it lives until the record comes.
   *
   * @since 0.1.0
   */
  private record PendingReference(
      Finding finding, String pointer, RecordType type, String id, RecordLocation location) {}

  /**
   * A child's slot naming a worker not seen yet, checked when the worker comes.
   *
   * @since 0.1.0
   */
  private record PendingSlot(Slot slot, String workerId, String childId, RecordLocation location) {}

  /**
   * The slots of {@code responsibleIds} whose worker must fit them.
   *
   * @since 0.1.0
   */
  private enum Slot {
    CHILD_SUPERVISOR("/responsibleIds/childSupervisorId"),
    CHILD_DIRECTOR("/responsibleIds/childDirectorId"),
    SOCIAL_WORKER("/responsibleIds/socialWorkerId");

    final String pointer;

    Slot(String pointer) {
      this.pointer = pointer;
    }

    Optional<String> of(ResponsiblePeople people) {
      return switch (this) {
        case CHILD_SUPERVISOR -> people.childSupervisorId();
        case CHILD_DIRECTOR -> people.childDirectorId();
        case SOCIAL_WORKER -> people.socialWorkerId();
      };
    }
  }

  /**
   * Validates one record of the batch: its own rules and the batch rules that can be decided now.
   *
   * <p>A reference to a record not seen yet is not an issue yet: it is reported by {@link
   * #finish()} if the record never comes.
   *
   * @param record the record; not null
   * @param location where the record was read; not null
   * @return the issues of the record found now, ordered by path; empty when none
   * @throws IllegalStateException when the batch is finished
   */
  public List<Issue> validate(ExchangeRecord record, RecordLocation location) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(location, "location");
    requireOpen();
    return across(record, location, validator.validate(record, location));
  }

  /**
   * Adds a record whose own rules were checked elsewhere and applies the batch rules to it, so that
   * the per-record rules can run on other threads while the batch is fed in order from one.
   *
   * <p>{@code recordIssues} must be what {@link ShegongValidator#validate(ExchangeRecord)} of this
   * batch's validator returned for the record, each issue with the location's file, line and record
   * index added; the result is then exactly what {@link #validate(ExchangeRecord, RecordLocation)}
   * returns.
   *
   * @param record the record; not null
   * @param location where the record was read; not null
   * @param recordIssues the record's own issues, located; not null
   * @return {@code recordIssues} followed by the batch issues found now; empty when none
   * @throws IllegalStateException when the batch is finished
   * @since 0.1.0
   */
  public List<Issue> addValidated(
      ExchangeRecord record, RecordLocation location, List<Issue> recordIssues) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(recordIssues, "recordIssues");
    requireOpen();
    return across(record, location, recordIssues);
  }

  private List<Issue> across(
      ExchangeRecord record, RecordLocation location, List<Issue> recordIssues) {
    records++;
    List<Issue> issues = new ArrayList<>(recordIssues);
    if (location.recordIndex() == readerIssuesOf && !readerPaths.isEmpty()) {
      // a value the reader could not take (a malformed amount, say) is missing from the record;
      // its defect is the reader's issue, not also a missing required field: one defect, one issue
      issues.removeIf(
          issue ->
              issue.code().equals(RecordChecks.REQUIRED_CODE)
                  && readerPaths.contains(issue.path()));
    }
    RecordType type = record.recordType();
    if (!record.id().isBlank()) {
      long hash = Hashing.hash(record.id());
      if (ids[type.ordinal()].add(hash)) {
        pending.get(type.ordinal()).remove(hash);
        if (record instanceof Worker worker) {
          workerCame(hash, WorkerFacts.of(worker));
        }
      } else {
        add(
            issues,
            Finding.of(DUPLICATE_ID)
                .with("recordType", RecordTypeNames.of(type))
                .with("id", record.id()),
            "/id",
            record,
            location);
      }
    }
    if (record instanceof Child child) {
      oneFilePerChild(child, location, issues);
      slotsFit(child, location, issues);
    }
    References.of(
        record,
        (target, id, path) -> {
          if (validator.config().isKnownExternal(target, id)) {
            return;
          }
          long hash = Hashing.hash(id);
          if (!ids[target.ordinal()].contains(hash)) {
            Finding finding =
                Finding.of(DANGLING_REFERENCE)
                    .with("targetType", RecordTypeNames.of(target))
                    .with("id", id);
            pending
                .get(target.ordinal())
                .computeIfAbsent(hash, h -> new ArrayList<>(1))
                .add(
                    new PendingReference(
                        finding, JsonPointers.of(path), type, record.id(), location));
          }
        });
    record(issues, location.recordIndex());
    return issues;
  }

  private void oneFilePerChild(Child child, RecordLocation location, List<Issue> issues) {
    if (child.citizenId().isEmpty() || !child.citizenId().get().isValid()) {
      return;
    }
    CitizenId id = child.citizenId().get();
    // where the first one was: its line, or -(index + 1) for records not read from a file
    int here =
        location.line().isPresent()
            ? (int) Math.min(location.line().get(), Integer.MAX_VALUE)
            : (int) -Math.min(location.recordIndex() + 1, Integer.MAX_VALUE);
    int first = childCitizenIds.putIfAbsent(Hashing.hash(id.value()), here, 0);
    if (first != 0) {
      Localized where =
          first > 0
              ? Localized.of(LINE, Map.of("line", first))
              : Localized.of(RECORD, Map.of("index", -first - 1));
      add(
          issues,
          Finding.of(DUPLICATE_CHILD)
              .with("citizenId", Masking.citizenId(id.value()))
              .with("first", where),
          "/citizenId",
          child,
          location);
    }
  }

  /**
   * Checks that each worker a child names in {@code responsibleIds} fits the slot (SG-BAT-004 to
   * SG-BAT-007); a worker not seen yet is checked when it comes, a known external one not at all.
   */
  private void slotsFit(Child child, RecordLocation location, List<Issue> issues) {
    if (child.responsibleIds().isEmpty()) {
      return;
    }
    ResponsiblePeople people = child.responsibleIds().get();
    for (Slot slot : Slot.values()) {
      Optional<String> named = slot.of(people);
      if (named.isEmpty()
          || named.get().isBlank()
          || validator.config().isKnownExternal(RecordType.WORKER, named.get())) {
        continue;
      }
      String workerId = named.get();
      long hash = Hashing.hash(workerId);
      int facts = workers.get(hash, WorkerFacts.UNKNOWN);
      if (WorkerFacts.known(facts)) {
        misfit(slot, workerId, facts)
            .ifPresent(finding -> add(issues, finding, slot.pointer, child, location));
      } else {
        pendingSlots
            .computeIfAbsent(hash, h -> new ArrayList<>(1))
            .add(new PendingSlot(slot, workerId, child.id(), location));
      }
    }
  }

  /** Records a worker's facts and checks the slots that named it before it came. */
  private void workerCame(long hash, int facts) {
    workers.putIfAbsent(hash, facts, WorkerFacts.UNKNOWN);
    List<PendingSlot> waiting = pendingSlots.remove(hash);
    if (waiting == null) {
      return;
    }
    for (PendingSlot slot : waiting) {
      misfit(slot.slot(), slot.workerId(), facts)
          .ifPresent(
              finding ->
                  misfits.add(
                      new PendingReference(
                          finding,
                          slot.slot().pointer,
                          RecordType.CHILD,
                          slot.childId(),
                          slot.location())));
    }
  }

  /** The finding when a worker does not fit a slot; empty when it does. */
  private Optional<Finding> misfit(Slot slot, String workerId, int facts) {
    switch (slot) {
      case CHILD_SUPERVISOR:
        return WorkerFacts.childSupervisor(facts)
            ? Optional.empty()
            : Optional.of(Finding.of(SUPERVISOR_ROLE).with("id", workerId));
      case CHILD_DIRECTOR:
        return WorkerFacts.childDirector(facts)
            ? Optional.empty()
            : Optional.of(Finding.of(DIRECTOR_ROLE).with("id", workerId));
      default:
        if (!WorkerFacts.qualified(facts)) {
          return Optional.of(Finding.of(SOCIAL_WORKER_QUALIFIED).with("id", workerId));
        }
        Optional<LocalDate> until = WorkerFacts.registeredUntil(facts);
        if (until.isPresent() && !until.get().isBefore(validator.config().asOf())) {
          return Optional.empty();
        }
        Localized state =
            until.isPresent()
                ? Localized.of(REGISTRATION_EXPIRED, Map.of("until", until.get()))
                : Localized.of(NOT_REGISTERED, Map.of());
        return Optional.of(
            Finding.of(SOCIAL_WORKER_REGISTERED).with("id", workerId).with("state", state));
    }
  }

  private void add(
      List<Issue> issues,
      Finding finding,
      String pointer,
      ExchangeRecord record,
      RecordLocation location) {
    validator
        .issue(finding, pointer, record.recordType(), record.id(), location)
        .ifPresent(issues::add);
  }

  /**
   * Adds the issues a reader found in records it could read (an unknown field, say), or in the
   * header, so that the report counts them.
   *
   * <p>An error with a record index makes that record invalid. The records themselves are counted
   * by {@link #validate}. Call it before {@link #validate} for the same record: a field the reader
   * reported and could not read is then not reported again as a missing required field.
   *
   * @param issues the issues, each with its location; not null
   * @return the issues as the report has them: with the configured severity overrides applied,
   *     those of rules turned off left out; never null
   * @throws IllegalStateException when the batch is finished
   */
  public List<Issue> addReadingIssues(Collection<Issue> issues) {
    requireOpen();
    List<Issue> kept = overridden(issues);
    for (Issue issue : kept) {
      long index = issue.recordIndex().orElse(-1L);
      if (index >= 0 && !issue.path().isEmpty()) {
        if (index != readerIssuesOf) {
          readerIssuesOf = index;
          readerPaths.clear();
        }
        readerPaths.add(issue.path());
      }
      record(List.of(issue), index);
    }
    return kept;
  }

  /** The reader's issues with the configured severity overrides applied; off rules dropped. */
  private List<Issue> overridden(Collection<Issue> issues) {
    Map<String, SeverityOverride> overrides = validator.config().severityOverrides();
    if (overrides.isEmpty()) {
      return List.copyOf(issues);
    }
    List<Issue> kept = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      SeverityOverride override = overrides.get(issue.code());
      if (override == null) {
        kept.add(issue);
      } else {
        override.severity().map(issue::withSeverity).ifPresent(kept::add);
      }
    }
    return kept;
  }

  /**
   * Counts a line that could not be read as a record (malformed JSON, an unknown record type) as an
   * invalid record, with the issues the reader found.
   *
   * @param location where the line is; not null
   * @param issues the reader's issues about it; not null
   * @return the issues as the report has them: with the configured severity overrides applied,
   *     those of rules turned off left out; never null
   * @throws IllegalStateException when the batch is finished
   */
  public List<Issue> recordUnreadable(RecordLocation location, Collection<Issue> issues) {
    Objects.requireNonNull(location, "location");
    requireOpen();
    records++;
    invalidRecords.set(Math.toIntExact(location.recordIndex()));
    List<Issue> kept = overridden(issues);
    record(kept, location.recordIndex());
    return kept;
  }

  /**
   * Ends the batch and reports what can only be decided at its end: references to records that
   * never came (SG-BAT-002) and slots of {@code responsibleIds} whose worker came after the child
   * and does not fit (SG-BAT-004 to SG-BAT-007), each on the record that made it.
   *
   * <p>Calling it again returns an empty list.
   *
   * @return the issues, in file order; empty when none
   */
  public List<Issue> finish() {
    if (finished) {
      return List.of();
    }
    finished = true;
    List<PendingReference> unresolved = new ArrayList<>(misfits);
    misfits.clear();
    // a slot whose worker never came is a dangling reference (SG-BAT-002), reported as such
    pendingSlots.clear();
    for (Map<Long, List<PendingReference>> references : pending) {
      references.values().forEach(unresolved::addAll);
      references.clear();
    }
    unresolved.sort(
        Comparator.comparingLong((PendingReference p) -> p.location().recordIndex())
            .thenComparing(PendingReference::pointer));
    List<Issue> issues = new ArrayList<>(unresolved.size());
    for (PendingReference reference : unresolved) {
      List<Issue> one = new ArrayList<>(1);
      validator
          .issue(
              reference.finding(),
              reference.pointer(),
              reference.type(),
              reference.id(),
              reference.location())
          .ifPresent(one::add);
      record(one, reference.location().recordIndex());
      issues.addAll(one);
    }
    return issues;
  }

  /**
   * Ends the batch of one exchange file: as {@link #finish()}, and a file without a single record
   * (empty, blank lines only, or a header only) gets SG-BAT-008, a warning located at the file.
   *
   * <p>Readers of files call this instead of {@link #finish()}; a batch of records held in memory
   * (a partition of a data set, say) may be empty without anything being wrong, and calls {@link
   * #finish()}. Calling either again returns an empty list.
   *
   * @param file the file's name as the report names it; not null
   * @return the issues, in file order (the empty file's warning last); empty when none
   * @since 0.1.0
   */
  public List<Issue> finishFile(String file) {
    Objects.requireNonNull(file, "file");
    if (finished) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>(finish());
    if (records == 0) {
      List<Issue> empty = new ArrayList<>(1);
      validator.fileIssue(Finding.of(EMPTY_FILE).with("file", file), file).ifPresent(empty::add);
      record(empty, -1);
      issues.addAll(empty);
    }
    return issues;
  }

  /**
   * Returns the report of the batch, finishing it first if needed.
   *
   * @return the report: profile, reference date, division table vintage, counts and the retained
   *     issues in file order; never null
   */
  public Report report() {
    finish();
    List<Issue> ordered = new ArrayList<>(retained);
    ordered.sort(FILE_ORDER);
    long invalid = invalidRecords.cardinality();
    return validator
        .reportBuilder()
        .summary(
            Report.Summary.builder()
                .records(records)
                .validRecords(Math.max(0, records - invalid))
                .errors(errors)
                .warnings(warnings)
                .build())
        .issues(ordered)
        .build();
  }

  /**
   * Returns the number of records counted so far.
   *
   * @return the records validated plus the unreadable ones
   */
  public long records() {
    return records;
  }

  private void record(List<Issue> issues, long recordIndex) {
    for (Issue issue : issues) {
      if (issue.severity() == Severity.ERROR) {
        errors++;
        if (recordIndex >= 0) {
          invalidRecords.set(Math.toIntExact(recordIndex));
        }
      } else if (issue.severity() == Severity.WARNING) {
        warnings++;
      }
      if (retained.size() < options.maxRetainedIssues()) {
        retained.add(issue);
      }
    }
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("the batch is finished; start a new one");
    }
  }

  @Override
  public String toString() {
    return "BatchValidation{records=" + records + ", errors=" + errors + "}";
  }

  private static Rule batch(
      String code, String summaryZh, String summaryEn, String zh, String en, String example) {
    return Rule.builder()
        .code(code)
        .layer(Layer.BATCH)
        .severity(Severity.ERROR)
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh(zh)
        .messageEn(en)
        .example(example)
        .build();
  }
}
