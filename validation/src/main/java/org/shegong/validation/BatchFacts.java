package org.shegong.validation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shegong.core.id.CitizenId;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Worker;
import org.shegong.core.privacy.Masking;
import org.shegong.validation.internal.batch.Hashing;
import org.shegong.validation.internal.batch.References;
import org.shegong.validation.internal.batch.WorkerFacts;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.JsonPointers;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.RecordTypeNames;
import org.shegong.validation.internal.rules.RecordChecks;

/**
 * The cross-record rules of {@link BatchValidation} taken apart, for engines that compute them with
 * their own grouping and joining (Spark, Flink, a database) instead of streaming the records of a
 * batch through one object: what each record contributes (its key, its references, its worker
 * facts, the slots it names), and the issue of each finding, built exactly as {@link
 * BatchValidation} builds it (same code, severity, message, path and location).
 *
 * <p>How the rules decide, given the facts of every record of a batch in file order:
 *
 * <ul>
 *   <li>SG-BAT-001: a record whose {@link Record#idKey()} (with its type) was held by an earlier
 *       record gets {@link #duplicateId}. Compare ids by their text ({@link Record#id()}): {@link
 *       Record#idKey()} is an unkeyed 64-bit hash, good for partitioning but no proof of equality
 *       (a crafted file can make two ids share it), as {@link BatchValidation} verifies every
 *       match.
 *   <li>SG-BAT-002: a {@link Reference} whose target id (compared by text) is held by no record of
 *       the batch (in any position) gets {@link #dangling}, reported at the end of the batch; known
 *       external ids are already left out by {@link #of(ExchangeRecord)}.
 *   <li>SG-BAT-003: a child whose {@link Record#citizenIdKey()} (keyed: see {@link
 *       #of(ShegongValidator, byte[])}) was on an earlier child gets {@link #duplicateChild},
 *       naming where the first one is.
 *   <li>SG-BAT-004 to SG-BAT-007: a {@link SlotReference} is checked against the {@link
 *       Record#workerFacts()} of the <em>first</em> worker record with that id; when the worker
 *       comes before the child the issue is among the child's issues, else it is reported at the
 *       end; when no worker has the id, SG-BAT-002 says so and the slot nothing.
 *   <li>SG-BAT-008: a file without records gets {@link #emptyFile}.
 * </ul>
 *
 * <p>The issues a batch returns for one record are, in this order: the reader's issues ({@link
 * #readingIssues}), the record's own issues without a required-field issue where the reader already
 * reported the value ({@link #ownIssues}), then SG-BAT-001, SG-BAT-003 and the slots found wrong at
 * once (in the order of {@link Slot}). The issues reported at the end come in record order, then by
 * path.
 *
 * <p>Immutable and thread-safe; cheap to create from a validator.
 *
 * @since 0.1.0
 */
public final class BatchFacts {

  private static final SecureRandom SECRETS = new SecureRandom();

  private final ShegongValidator validator;
  private final Mac citizenIdKeys;

  private BatchFacts(ShegongValidator validator, byte[] secret) {
    this.validator = validator;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      this.citizenIdKeys = mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this JVM", e);
    }
  }

  /**
   * Returns the batch facts and findings of a validator (its configuration's profile, locale,
   * reference date, severity overrides and known external records).
   *
   * @param validator the validator; not null
   * @return the facts, never null
   */
  public static BatchFacts of(ShegongValidator validator) {
    byte[] secret = new byte[32];
    SECRETS.nextBytes(secret);
    return new BatchFacts(Objects.requireNonNull(validator, "validator"), secret);
  }

  /**
   * Returns the batch facts of a validator whose citizen-ID keys ({@link Record#citizenIdKey()})
   * are keyed with the given secret: facts made on several machines with the same secret have
   * comparable keys. The key is the first 8 bytes of HMAC-SHA256(secret, number), so that a crafted
   * file cannot make two numbers share a key without knowing the secret, and no shuffle or spill
   * file holds a number. Draw the secret at random for each run (for example 32 bytes of {@link
   * SecureRandom}) and never from the input.
   *
   * @param validator the validator; not null
   * @param secret the secret, at least 16 bytes; not null
   * @return the facts, never null
   * @throws IllegalArgumentException if the secret is shorter than 16 bytes
   * @since 0.2.0
   */
  public static BatchFacts of(ShegongValidator validator, byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < 16) {
      throw new IllegalArgumentException(
          "a citizen-ID key secret has at least 16 bytes, was " + secret.length);
    }
    return new BatchFacts(Objects.requireNonNull(validator, "validator"), secret.clone());
  }

  /** The keyed, non-zero key of a citizen ID number. */
  private long citizenIdKey(String number) {
    byte[] digest;
    synchronized (citizenIdKeys) {
      digest = citizenIdKeys.doFinal(number.getBytes(StandardCharsets.US_ASCII));
    }
    long key = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      key = (key << 8) | (digest[i] & 0xff);
    }
    return key == 0 ? 1 : key;
  }

  /**
   * Returns the key of an id or a citizen ID number: the 64-bit hash the batch rules compare.
   *
   * @param text the id; not null
   * @return the key, never 0
   */
  public static long key(String text) {
    return Hashing.hash(Objects.requireNonNull(text, "text"));
  }

  /**
   * The slots of {@code responsibleIds} whose worker must fit them, in the order their issues come.
   *
   * @since 0.1.0
   */
  public enum Slot {
    /** {@code responsibleIds.childSupervisorId}: role {@code CHILD_SUPERVISOR} (SG-BAT-004). */
    CHILD_SUPERVISOR("/responsibleIds/childSupervisorId"),
    /** {@code responsibleIds.childDirectorId}: role {@code CHILD_DIRECTOR} (SG-BAT-005). */
    CHILD_DIRECTOR("/responsibleIds/childDirectorId"),
    /**
     * {@code responsibleIds.socialWorkerId}: a qualification (SG-BAT-006), registered on the
     * reference date (SG-BAT-007).
     */
    SOCIAL_WORKER("/responsibleIds/socialWorkerId");

    private final String pointer;

    Slot(String pointer) {
      this.pointer = pointer;
    }

    /**
     * Returns the JSON Pointer of the slot in a child record.
     *
     * @return the pointer, never null
     */
    public String pointer() {
      return pointer;
    }

    private Optional<String> of(ResponsiblePeople people) {
      return switch (this) {
        case CHILD_SUPERVISOR -> people.childSupervisorId();
        case CHILD_DIRECTOR -> people.childDirectorId();
        case SOCIAL_WORKER -> people.socialWorkerId();
      };
    }
  }

  /**
   * A reference of a record ({@code …Id} field) to another record of the batch.
   *
   * @param target the type of the record referred to; not null
   * @param id the id referred to; not blank
   * @param key {@link #key(String)} of the id
   * @param pointer the JSON Pointer of the reference in the referring record; not null
   * @since 0.1.0
   */
  public record Reference(RecordType target, String id, long key, String pointer) {

    /**
     * Checks the reference.
     *
     * @param target the type of the record referred to; not null
     * @param id the id referred to; not null
     * @param key the key of the id
     * @param pointer the pointer; not null
     */
    public Reference {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(pointer, "pointer");
    }
  }

  /**
   * A worker a child names in a slot of {@code responsibleIds}.
   *
   * @param slot the slot; not null
   * @param workerId the worker's id; not blank
   * @param key {@link #key(String)} of the worker's id
   * @since 0.1.0
   */
  public record SlotReference(Slot slot, String workerId, long key) {

    /**
     * Checks the slot reference.
     *
     * @param slot the slot; not null
     * @param workerId the worker's id; not null
     * @param key the key of the id
     */
    public SlotReference {
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(workerId, "workerId");
    }
  }

  /**
   * What one record contributes to the cross-record rules.
   *
   * @param type the record type; not null
   * @param id the record's id, possibly blank; not null
   * @param idKey {@link #key(String)} of the id, 0 when the id is blank (a blank id is no key)
   * @param citizenIdKey for a child with a valid citizen ID, the key of the number; else 0
   * @param maskedCitizenId that number masked for messages, or empty when there is no key; never
   *     the number itself
   * @param workerFacts for a worker with a key, its facts (roles, qualification, registration)
   *     packed for {@link #slotMisfit}; else 0
   * @param references the references to check, known external ones left out; not null
   * @param slots for a child, the workers it names in {@code responsibleIds}, known external ones
   *     left out; not null
   * @since 0.1.0
   */
  public record Record(
      RecordType type,
      String id,
      long idKey,
      long citizenIdKey,
      String maskedCitizenId,
      int workerFacts,
      List<Reference> references,
      List<SlotReference> slots) {

    /**
     * Checks the facts and copies the lists.
     *
     * @param type the record type; not null
     * @param id the id; not null
     * @param idKey the id's key
     * @param citizenIdKey the citizen ID's key
     * @param maskedCitizenId the masked citizen ID; not null
     * @param workerFacts the worker's facts
     * @param references the references; not null
     * @param slots the slots; not null
     */
    public Record {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(maskedCitizenId, "maskedCitizenId");
      references = List.copyOf(references);
      slots = List.copyOf(slots);
    }

    @Override
    public String toString() {
      // the masked number only, never the key's source
      return "BatchFacts.Record{" + type + ", references=" + references.size() + "}";
    }
  }

  /**
   * Returns what a record contributes to the cross-record rules.
   *
   * @param record the record; not null
   * @return its facts, never null
   */
  public Record of(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    ValidationConfig config = validator.config();
    String id = record.id();
    long idKey = id.isBlank() ? 0 : Hashing.hash(id);
    long citizenKey = 0;
    String masked = "";
    int facts = 0;
    List<SlotReference> slots = new ArrayList<>(0);
    if (record instanceof Worker worker && idKey != 0) {
      facts = WorkerFacts.of(worker);
    }
    if (record instanceof Child child) {
      if (child.citizenId().isPresent() && child.citizenId().get().isValid()) {
        CitizenId citizenId = child.citizenId().get();
        citizenKey = citizenIdKey(citizenId.value());
        masked = Masking.citizenId(citizenId.value());
      }
      if (child.responsibleIds().isPresent()) {
        ResponsiblePeople people = child.responsibleIds().get();
        for (Slot slot : Slot.values()) {
          Optional<String> named = slot.of(people);
          if (named.isPresent()
              && !named.get().isBlank()
              && !config.isKnownExternal(RecordType.WORKER, named.get())) {
            slots.add(new SlotReference(slot, named.get(), Hashing.hash(named.get())));
          }
        }
      }
    }
    List<Reference> references = new ArrayList<>(2);
    References.of(
        record,
        (target, referred, path) -> {
          if (!config.isKnownExternal(target, referred)) {
            references.add(
                new Reference(target, referred, Hashing.hash(referred), JsonPointers.of(path)));
          }
        });
    return new Record(record.recordType(), id, idKey, citizenKey, masked, facts, references, slots);
  }

  /**
   * Returns the reader's issues of a record (or of a header, or of an unreadable line) as the
   * report has them: the configured severity overrides applied, those of rules turned off left out,
   * as {@link BatchValidation#addReadingIssues} and {@link BatchValidation#recordUnreadable} do.
   *
   * @param issues the reader's issues, located; not null
   * @return the issues kept, in their order; never null
   */
  public List<Issue> readingIssues(Collection<Issue> issues) {
    return BatchValidation.overridden(validator.config().severityOverrides(), issues);
  }

  /**
   * Returns a record's own issues without those the reader already reported: a value the reader
   * could not take (a malformed amount, say) is missing from the record, and its defect is the
   * reader's issue, not also a missing required field; as {@link BatchValidation} does.
   *
   * @param own the record's own issues ({@link ShegongValidator#validate(ExchangeRecord)}); not
   *     null
   * @param reading the reader's issues of the record as {@link #readingIssues} returned them; not
   *     null
   * @return the own issues kept, in their order; never null
   */
  public List<Issue> ownIssues(List<Issue> own, Collection<Issue> reading) {
    Set<String> paths = new HashSet<>();
    for (Issue issue : reading) {
      if (issue.recordIndex().isPresent() && !issue.path().isEmpty()) {
        paths.add(issue.path());
      }
    }
    if (paths.isEmpty()) {
      return List.copyOf(own);
    }
    List<Issue> kept = new ArrayList<>(own.size());
    for (Issue issue : own) {
      if (!(issue.code().equals(RecordChecks.REQUIRED_CODE) && paths.contains(issue.path()))) {
        kept.add(issue);
      }
    }
    return kept;
  }

  /**
   * Returns SG-BAT-001 for a record whose id an earlier record of the same type has.
   *
   * @param type the record's type; not null
   * @param id the record's id; not null
   * @param at where the record is; not null
   * @return the issue, or empty when the rule is off
   */
  public Optional<Issue> duplicateId(RecordType type, String id, RecordLocation at) {
    return validator.issue(
        Finding.of(BatchValidation.DUPLICATE_ID)
            .with("recordType", RecordTypeNames.of(type))
            .with("id", id),
        "/id",
        type,
        id,
        at);
  }

  /**
   * Returns SG-BAT-002 for a reference to a record that is not in the batch.
   *
   * @param type the referring record's type; not null
   * @param id the referring record's id; not null
   * @param reference the reference; not null
   * @param at where the referring record is; not null
   * @return the issue, or empty when the rule is off
   */
  public Optional<Issue> dangling(
      RecordType type, String id, Reference reference, RecordLocation at) {
    return validator.issue(
        Finding.of(BatchValidation.DANGLING_REFERENCE)
            .with("targetType", RecordTypeNames.of(reference.target()))
            .with("id", reference.id()),
        reference.pointer(),
        type,
        id,
        at);
  }

  /**
   * Returns SG-BAT-003 for a child whose citizen ID an earlier child has.
   *
   * @param childId the child's id; not null
   * @param maskedCitizenId {@link Record#maskedCitizenId()} of the child; not null
   * @param first where the earlier child is; not null
   * @param at where the child is; not null
   * @return the issue, or empty when the rule is off
   */
  public Optional<Issue> duplicateChild(
      String childId, String maskedCitizenId, RecordLocation first, RecordLocation at) {
    // where the first one was: its line, or its index for records not read from a file
    Localized where =
        first.line().isPresent()
            ? Localized.of(
                BatchValidation.LINE,
                Map.of("line", (int) Math.min(first.line().get(), Integer.MAX_VALUE)))
            : Localized.of(
                BatchValidation.RECORD,
                Map.of("index", (int) Math.min(first.recordIndex(), Integer.MAX_VALUE - 1)));
    return validator.issue(
        Finding.of(BatchValidation.DUPLICATE_CHILD)
            .with("citizenId", maskedCitizenId)
            .with("first", where),
        "/citizenId",
        RecordType.CHILD,
        childId,
        at);
  }

  /**
   * Returns SG-BAT-004 to SG-BAT-007 when the worker a child names does not fit the slot.
   *
   * @param slot the slot and the worker named; not null
   * @param workerFacts {@link Record#workerFacts()} of the first worker with that id; not 0
   * @param childId the child's id; not null
   * @param at where the child is; not null
   * @return the issue, or empty when the worker fits (or the rule is off)
   */
  public Optional<Issue> slotMisfit(
      SlotReference slot, int workerFacts, String childId, RecordLocation at) {
    String workerId = slot.workerId();
    Finding finding;
    switch (slot.slot()) {
      case CHILD_SUPERVISOR:
        if (WorkerFacts.childSupervisor(workerFacts)) {
          return Optional.empty();
        }
        finding = Finding.of(BatchValidation.SUPERVISOR_ROLE).with("id", workerId);
        break;
      case CHILD_DIRECTOR:
        if (WorkerFacts.childDirector(workerFacts)) {
          return Optional.empty();
        }
        finding = Finding.of(BatchValidation.DIRECTOR_ROLE).with("id", workerId);
        break;
      default:
        if (!WorkerFacts.qualified(workerFacts)) {
          finding = Finding.of(BatchValidation.SOCIAL_WORKER_QUALIFIED).with("id", workerId);
          break;
        }
        Optional<LocalDate> until = WorkerFacts.registeredUntil(workerFacts);
        if (until.isPresent() && !until.get().isBefore(validator.config().asOf())) {
          return Optional.empty();
        }
        Localized state =
            until.isPresent()
                ? Localized.of(BatchValidation.REGISTRATION_EXPIRED, Map.of("until", until.get()))
                : Localized.of(BatchValidation.NOT_REGISTERED, Map.of());
        finding =
            Finding.of(BatchValidation.SOCIAL_WORKER_REGISTERED)
                .with("id", workerId)
                .with("state", state);
    }
    return validator.issue(finding, slot.slot().pointer(), RecordType.CHILD, childId, at);
  }

  /**
   * Returns SG-BAT-008 for an exchange file without a single record.
   *
   * @param file the file's name as the report names it; not null
   * @return the issue (a warning located at the file), or empty when the rule is off
   */
  public Optional<Issue> emptyFile(String file) {
    Objects.requireNonNull(file, "file");
    return validator.fileIssue(Finding.of(BatchValidation.EMPTY_FILE).with("file", file), file);
  }

  @Override
  public String toString() {
    return "BatchFacts{" + validator.config() + "}";
  }
}
