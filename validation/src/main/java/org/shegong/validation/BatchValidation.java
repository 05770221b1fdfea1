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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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
import org.shegong.validation.internal.batch.IdTable;
import org.shegong.validation.internal.batch.References;
import org.shegong.validation.internal.batch.SpilledBatch;
import org.shegong.validation.internal.batch.WorkerFacts;
import org.shegong.validation.internal.engine.Blank;
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
 * <p><b>Memory.</b> A batch streams: per record it keeps the id (in a hash table that compares the
 * full id whenever hashes match, so that no collision, crafted or not, makes two ids one) and, for
 * child records, the citizen ID with the line it was first seen on; a reference to a record not
 * seen yet is kept only until that record arrives. Per worker it keeps one {@code int} of facts
 * (its child roles, whether it is qualified, its registration date) with the id, so that a child's
 * slots are checked whether the worker comes before or after it. Beyond {@link
 * BatchOptions#memoryBudget()} the state spills to temporary files and the batch issues of later
 * records are found by {@link #finish()} from an external sort, so memory does not grow with the
 * number of records or references: the issues and their order in the {@link #report()} are the same
 * as without spilling (see {@link BatchOptions}). Issues are kept for the report up to {@link
 * BatchOptions#maxRetainedIssues()}; {@link #finish(Consumer)} hands the issues found at the end
 * over one by one.
 *
 * <p>Not thread-safe: feed a batch from one thread (or synchronize). {@link #close()} deletes the
 * spilled state of a batch abandoned before {@link #finish()}.
 *
 * @since 0.1.0
 */
public final class BatchValidation implements AutoCloseable {

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

  private static final RecordType[] TYPES = RecordType.values();
  private static final Slot[] SLOTS = Slot.values();

  /** The bytes a pending reference or slot is counted for, besides its texts. */
  private static final int PENDING_BYTES = 160;

  private final ShegongValidator validator;
  private final BatchOptions options;
  private final Hashing.Function hashing;

  /**
   * The ids seen, by record type; the value is the worker's {@link WorkerFacts} for workers, 1 for
   * other records (0 is "absent").
   */
  private IdTable[] ids = new IdTable[TYPES.length];

  /** References to records not seen yet, by target type and id. */
  private List<Map<String, List<PendingReference>>> pending = new ArrayList<>();

  /** The citizen IDs of children, each with where the first child was ({@link #here}). */
  private IdTable childCitizenIds;

  /** Slots of children naming a worker not seen yet, by the worker's id. */
  private Map<String, List<PendingSlot>> pendingSlots = new HashMap<>();

  /** Slots found wrong when their worker came after the child; reported by {@link #finish()}. */
  private List<Misfit> misfits = new ArrayList<>();

  /** The bytes counted for {@link #pending}, {@link #pendingSlots} and {@link #misfits}. */
  private long pendingBytes;

  /** The state on disk once it went beyond the memory budget; null while it is in memory. */
  private @Nullable SpilledBatch spilled;

  /** The number of records the batch rules have seen; a record's sequence is its number. */
  private long sequence;

  /** The workers the record being checked names that the table holds ({@link #sawWorker}). */
  private final String[] seenWorkerIds = new String[8];

  private int seenWorkers;

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
    this(validator, options, Hashing.keyed());
  }

  /**
   * Creates a batch with a given hash of ids; tests use a deliberately weak one to show that
   * colliding ids are still told apart.
   */
  BatchValidation(ShegongValidator validator, BatchOptions options, Hashing.Function hashing) {
    this.validator = validator;
    this.options = options;
    this.hashing = hashing;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = new IdTable(hashing);
      pending.add(new HashMap<>());
    }
    childCitizenIds = new IdTable(hashing);
  }

  /**
   * A reference to a record not seen yet; small, since it lives until the record comes.
   *
   * @since 0.1.0
   */
  private record PendingReference(
      RecordType target,
      String targetId,
      String pointer,
      RecordType type,
      String id,
      RecordLocation location,
      long sequence) {}

  /**
   * A child's slot naming a worker not seen yet, checked when the worker comes.
   *
   * @since 0.1.0
   */
  private record PendingSlot(Slot slot, String childId, RecordLocation location, long sequence) {}

  /**
   * A child's slot whose worker came after the child and does not fit it.
   *
   * @since 0.1.0
   */
  private record Misfit(
      Slot slot, String workerId, int facts, String childId, RecordLocation location) {}

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
    seenWorkers = 0;
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
    long seq = ++sequence;
    if (!Blank.isBlank(record.id())) {
      SpilledBatch disk = spilled;
      if (disk != null) {
        disk.id(
            type,
            record.id(),
            seq,
            record instanceof Worker worker ? WorkerFacts.of(worker) : 0,
            location.file().orElse(null),
            location.line().orElse(0L),
            location.recordIndex());
      } else {
        int value = record instanceof Worker worker ? WorkerFacts.of(worker) : 1;
        if (ids[type.ordinal()].putIfAbsent(record.id(), value, 0) == 0) {
          Map<String, List<PendingReference>> waiting = pending.get(type.ordinal());
          List<PendingReference> resolved = waiting.isEmpty() ? null : waiting.remove(record.id());
          if (resolved != null) {
            for (PendingReference p : resolved) {
              pendingBytes -= PENDING_BYTES + 2L * (p.targetId().length() + p.pointer().length());
            }
          }
          if (type == RecordType.WORKER) {
            workerCame(record.id(), value);
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
    }
    if (record instanceof Child child) {
      oneFilePerChild(child, location, issues, seq);
      slotsFit(child, location, issues, seq);
    }
    References.of(
        record,
        (target, id, path) -> {
          if (validator.config().isKnownExternal(target, id)) {
            return;
          }
          SpilledBatch disk = spilled;
          if (disk != null) {
            disk.reference(
                target,
                id,
                seq,
                JsonPointers.of(path),
                type,
                record.id(),
                location.file().orElse(null),
                location.line().orElse(0L),
                location.recordIndex());
          } else if (target == RecordType.WORKER && seenWorker(id)) {
            return; // a worker this record named already, found in the table then
          } else if (ids[target.ordinal()].contains(id)) {
            if (target == RecordType.WORKER) {
              sawWorker(id);
            }
          } else {
            String pointer = JsonPointers.of(path);
            pending
                .get(target.ordinal())
                .computeIfAbsent(id, h -> new ArrayList<>(1))
                .add(new PendingReference(target, id, pointer, type, record.id(), location, seq));
            pendingBytes += PENDING_BYTES + 2L * (id.length() + pointer.length());
            spillWhenOverBudget();
          }
        });
    if ((seq & 63) == 0) {
      // the tables grow by at most a few entries a record: checking now and then is enough
      spillWhenOverBudget();
    }
    record(issues, location.recordIndex());
    return issues;
  }

  /** Where a record is, as a duplicate's issue names the first: its line, else -(index + 1). */
  private static int here(RecordLocation location) {
    return location.line().isPresent()
        ? (int) Math.min(location.line().get(), Integer.MAX_VALUE)
        : (int) -Math.min(location.recordIndex() + 1, Integer.MAX_VALUE);
  }

  private void oneFilePerChild(Child child, RecordLocation location, List<Issue> issues, long seq) {
    if (child.citizenId().isEmpty() || !child.citizenId().get().isValid()) {
      return;
    }
    CitizenId id = child.citizenId().get();
    int here = here(location);
    SpilledBatch disk = spilled;
    if (disk != null) {
      disk.citizenId(
          id.value(),
          seq,
          here,
          Masking.citizenId(id.value()),
          child.id(),
          location.file().orElse(null),
          location.line().orElse(0L),
          location.recordIndex());
      return;
    }
    int first = childCitizenIds.putIfAbsent(id.value(), here, 0);
    if (first != 0) {
      add(
          issues,
          Finding.of(DUPLICATE_CHILD)
              .with("citizenId", Masking.citizenId(id.value()))
              .with("first", where(first)),
          "/citizenId",
          child,
          location);
    }
  }

  /** Names where the first child with a citizen ID is: a line, or a record index. */
  private static Localized where(int first) {
    return first > 0
        ? Localized.of(LINE, Map.of("line", first))
        : Localized.of(RECORD, Map.of("index", -first - 1));
  }

  /**
   * Checks that each worker a child names in {@code responsibleIds} fits the slot (SG-BAT-004 to
   * SG-BAT-007); a worker not seen yet is checked when it comes, a known external one not at all.
   */
  private void slotsFit(Child child, RecordLocation location, List<Issue> issues, long seq) {
    if (child.responsibleIds().isEmpty()) {
      return;
    }
    ResponsiblePeople people = child.responsibleIds().get();
    for (Slot slot : SLOTS) {
      Optional<String> named = slot.of(people);
      if (named.isEmpty()
          || Blank.isBlank(named.get())
          || validator.config().isKnownExternal(RecordType.WORKER, named.get())) {
        continue;
      }
      String workerId = named.get();
      SpilledBatch disk = spilled;
      if (disk != null) {
        disk.slot(
            workerId,
            seq,
            slot.ordinal(),
            child.id(),
            location.file().orElse(null),
            location.line().orElse(0L),
            location.recordIndex());
        continue;
      }
      int facts = ids[RecordType.WORKER.ordinal()].get(workerId, WorkerFacts.UNKNOWN);
      if (WorkerFacts.known(facts)) {
        sawWorker(workerId);
        misfit(slot, workerId, facts)
            .ifPresent(finding -> add(issues, finding, slot.pointer, child, location));
      } else {
        pendingSlots
            .computeIfAbsent(workerId, h -> new ArrayList<>(1))
            .add(new PendingSlot(slot, child.id(), location, seq));
        pendingBytes += PENDING_BYTES + 2L * (workerId.length() + child.id().length());
        spillWhenOverBudget();
      }
    }
  }

  /**
   * Remembers a worker the record being checked names and the table holds: a child names the same
   * workers in its slots, its classification and its visits, and each is looked up once.
   */
  private void sawWorker(String workerId) {
    if (seenWorkers < seenWorkerIds.length) {
      seenWorkerIds[seenWorkers++] = workerId;
    }
  }

  /** Tells whether the record being checked named a worker the table holds already. */
  private boolean seenWorker(String workerId) {
    for (int i = 0; i < seenWorkers; i++) {
      if (seenWorkerIds[i].equals(workerId)) {
        return true;
      }
    }
    return false;
  }

  /** Checks the slots that named a worker before it came. */
  private void workerCame(String workerId, int facts) {
    List<PendingSlot> waiting = pendingSlots.remove(workerId);
    if (waiting == null) {
      return;
    }
    for (PendingSlot slot : waiting) {
      pendingBytes -= PENDING_BYTES + 2L * (workerId.length() + slot.childId().length());
      if (misfit(slot.slot(), workerId, facts).isPresent()) {
        misfits.add(new Misfit(slot.slot(), workerId, facts, slot.childId(), slot.location()));
        pendingBytes += PENDING_BYTES + 2L * (workerId.length() + slot.childId().length());
      }
    }
  }

  /** The bytes of state kept in memory. */
  private long memoryBytes() {
    long bytes = pendingBytes + childCitizenIds.bytes();
    for (IdTable table : ids) {
      bytes += table.bytes();
    }
    return bytes;
  }

  private void spillWhenOverBudget() {
    if (spilled == null && memoryBytes() > options.memoryBudget()) {
      spill();
    }
  }

  /**
   * Moves the state to disk: every id and citizen ID seen (as the first of its value, sequence 0),
   * the pending references and slots, the misfits found so far; the memory is released.
   */
  private void spill() {
    SpilledBatch disk =
        new SpilledBatch(options.memoryBudget(), options.spillDirectory().orElse(null));
    try {
      for (RecordType type : TYPES) {
        boolean worker = type == RecordType.WORKER;
        ids[type.ordinal()].forEach(
            (id, value) -> disk.id(type, id, 0, worker ? value : 0, null, 0, 0));
      }
      childCitizenIds.forEach((id, here) -> disk.citizenId(id, 0, here, "", "", null, 0, 0));
      for (Map<String, List<PendingReference>> references : pending) {
        for (List<PendingReference> list : references.values()) {
          for (PendingReference p : list) {
            disk.reference(
                p.target(),
                p.targetId(),
                p.sequence(),
                p.pointer(),
                p.type(),
                p.id(),
                p.location().file().orElse(null),
                p.location().line().orElse(0L),
                p.location().recordIndex());
          }
        }
      }
      for (Map.Entry<String, List<PendingSlot>> entry : pendingSlots.entrySet()) {
        for (PendingSlot slot : entry.getValue()) {
          disk.slot(
              entry.getKey(),
              slot.sequence(),
              slot.slot().ordinal(),
              slot.childId(),
              slot.location().file().orElse(null),
              slot.location().line().orElse(0L),
              slot.location().recordIndex());
        }
      }
      for (Misfit misfit : misfits) {
        disk.lateMisfit(
            misfit.slot().ordinal(),
            misfit.slot().pointer,
            misfit.workerId(),
            misfit.facts(),
            misfit.childId(),
            misfit.location().file().orElse(null),
            misfit.location().line().orElse(0L),
            misfit.location().recordIndex());
      }
    } catch (RuntimeException e) {
      disk.close();
      throw e;
    }
    spilled = disk;
    Hashing.Function none = text -> 1;
    ids = new IdTable[TYPES.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = new IdTable(none);
    }
    childCitizenIds = new IdTable(none);
    pending = new ArrayList<>();
    pendingSlots = new HashMap<>();
    misfits = new ArrayList<>();
    pendingBytes = 0;
  }

  /**
   * Tells whether the state went beyond the memory budget and spilled to disk.
   *
   * @return true once it has
   * @since 0.1.0
   */
  public boolean spilled() {
    return spilled != null;
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
    return overridden(validator.config().severityOverrides(), issues);
  }

  /**
   * Issues with severity overrides applied, those of rules turned off dropped, in their order; for
   * the reader's issues, whose rules the validator did not apply (also {@link
   * BatchFacts#readingIssues}).
   */
  static List<Issue> overridden(Map<String, SeverityOverride> overrides, Collection<Issue> issues) {
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
   * and does not fit (SG-BAT-004 to SG-BAT-007), each on the record that made it; once the state
   * spilled, also the batch issues of the records that came after (see {@link BatchOptions}).
   *
   * <p>Calling it again returns an empty list. The list holds every such issue: {@link
   * #finish(Consumer)} hands them over one by one instead, in bounded memory.
   *
   * @return the issues, in file order; empty when none
   * @throws java.io.UncheckedIOException when the spilled state cannot be read
   */
  public List<Issue> finish() {
    List<Issue> issues = new ArrayList<>();
    finish(issues::add);
    return issues;
  }

  /**
   * Ends the batch as {@link #finish()} does, handing each issue to a consumer as it is found
   * rather than collecting them, so that memory does not grow with their number.
   *
   * <p>Does nothing when the batch is finished.
   *
   * @param sink receives the issues, in file order; not null
   * @throws java.io.UncheckedIOException when the spilled state cannot be read
   * @since 0.1.0
   */
  public void finish(Consumer<? super Issue> sink) {
    Objects.requireNonNull(sink, "sink");
    if (finished) {
      return;
    }
    finished = true;
    SpilledBatch disk = spilled;
    if (disk != null) {
      try {
        disk.resolve((slot, facts) -> misfit(SLOTS[slot], "", facts).isEmpty());
        disk.outcomes(outcome -> emit(outcome, sink));
      } finally {
        disk.close();
      }
      return;
    }
    List<Late> unresolved = new ArrayList<>(misfits.size());
    for (Misfit misfit : misfits) {
      misfit(misfit.slot(), misfit.workerId(), misfit.facts())
          .ifPresent(
              finding ->
                  unresolved.add(
                      new Late(
                          finding,
                          misfit.slot().pointer,
                          RecordType.CHILD,
                          misfit.childId(),
                          misfit.location())));
    }
    misfits.clear();
    // a slot whose worker never came is a dangling reference (SG-BAT-002), reported as such
    pendingSlots.clear();
    for (Map<String, List<PendingReference>> references : pending) {
      for (List<PendingReference> list : references.values()) {
        for (PendingReference p : list) {
          unresolved.add(
              new Late(
                  dangling(p.target(), p.targetId()), p.pointer(), p.type(), p.id(), p.location()));
        }
      }
      references.clear();
    }
    pendingBytes = 0;
    unresolved.sort(
        Comparator.comparingLong((Late p) -> p.location().recordIndex())
            .thenComparing(Late::pointer));
    for (Late late : unresolved) {
      emit(late.finding(), late.pointer(), late.type(), late.id(), late.location(), sink);
    }
  }

  /**
   * An issue found at the end, before it is located.
   *
   * @since 0.1.0
   */
  private record Late(
      Finding finding, String pointer, RecordType type, String id, RecordLocation location) {}

  private static Finding dangling(RecordType target, String id) {
    return Finding.of(DANGLING_REFERENCE)
        .with("targetType", RecordTypeNames.of(target))
        .with("id", id);
  }

  private void emit(
      Finding finding,
      String pointer,
      RecordType type,
      String id,
      RecordLocation location,
      Consumer<? super Issue> sink) {
    Optional<Issue> issue = validator.issue(finding, pointer, type, id, location);
    if (issue.isPresent()) {
      List<Issue> one = List.of(issue.get());
      record(one, location.recordIndex());
      sink.accept(issue.get());
    }
  }

  /** Turns a finding of the spilled state into its issue, as the in-memory path makes it. */
  private void emit(SpilledBatch.Outcome outcome, Consumer<? super Issue> sink) {
    RecordLocation location =
        outcome.file().isPresent()
            ? RecordLocation.of(outcome.file().get(), outcome.line(), outcome.recordIndex())
            : RecordLocation.atIndex(outcome.recordIndex());
    Finding finding;
    String pointer;
    switch (outcome.kind()) {
      case SpilledBatch.DUPLICATE_ID:
        finding =
            Finding.of(DUPLICATE_ID)
                .with("recordType", RecordTypeNames.of(outcome.recordType()))
                .with("id", outcome.value());
        pointer = "/id";
        break;
      case SpilledBatch.DUPLICATE_CHILD:
        finding =
            Finding.of(DUPLICATE_CHILD)
                .with("citizenId", outcome.value())
                .with("first", where(outcome.number()));
        pointer = "/citizenId";
        break;
      case SpilledBatch.MISFIT:
        Slot slot = SLOTS[outcome.number()];
        Optional<Finding> misfit = misfit(slot, outcome.value(), outcome.facts());
        if (misfit.isEmpty()) {
          return;
        }
        finding = misfit.get();
        pointer = slot.pointer;
        break;
      default:
        finding = dangling(TYPES[outcome.number()], outcome.value());
        pointer = outcome.pointer();
        break;
    }
    emit(finding, pointer, outcome.recordType(), outcome.recordId(), location, sink);
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
   * @throws java.io.UncheckedIOException when the spilled state cannot be read
   * @since 0.1.0
   */
  public List<Issue> finishFile(String file) {
    List<Issue> issues = new ArrayList<>();
    finishFile(file, issues::add);
    return issues;
  }

  /**
   * Ends the batch of one exchange file as {@link #finishFile(String)} does, handing each issue to
   * a consumer as it is found, in bounded memory.
   *
   * <p>Does nothing when the batch is finished.
   *
   * @param file the file's name as the report names it; not null
   * @param sink receives the issues, in file order (the empty file's warning last); not null
   * @throws java.io.UncheckedIOException when the spilled state cannot be read
   * @since 0.1.0
   */
  public void finishFile(String file, Consumer<? super Issue> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    if (finished) {
      return;
    }
    finish(sink);
    if (records == 0) {
      List<Issue> empty = new ArrayList<>(1);
      validator.fileIssue(Finding.of(EMPTY_FILE).with("file", file), file).ifPresent(empty::add);
      record(empty, -1);
      empty.forEach(sink);
    }
  }

  /**
   * Deletes the spilled state of a batch, if any, and ends it without reporting anything more: for
   * a batch abandoned before {@link #finish()} (a read that failed, say). Finishing a batch deletes
   * its spilled state already; closing a finished batch does nothing.
   *
   * @since 0.1.0
   */
  @Override
  public void close() {
    finished = true;
    SpilledBatch disk = spilled;
    if (disk != null) {
      disk.close();
    }
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
