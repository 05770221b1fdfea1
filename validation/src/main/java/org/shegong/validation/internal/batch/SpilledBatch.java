package org.shegong.validation.internal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.RecordType;

/**
 * The cross-record state of a batch once it went beyond its memory budget: every id, citizen ID,
 * slot of {@code responsibleIds} and reference is an entry of an {@link ExternalSorter}, and {@link
 * #resolve} finds the duplicates, dangling references and slot misfits in one pass over the entries
 * grouped by the value they are about, then sorts what it found into file order.
 *
 * <p><b>Entries.</b> A key is {@code [space][record type][value][kind][sequence]}: space 0 holds
 * ids (kind 0, a record's own id, with the worker's facts), slots (kind 1, a child naming a worker)
 * and references (kind 2) by the record type and id they are about; space 1 holds citizen IDs (kind
 * 0) by a 128-bit HMAC-SHA256 of the number under a secret drawn for the batch, so that no citizen
 * ID is written to disk and no one who does not know the secret can make two collide. The sequence
 * is the record's position among the records validated, plus one; 0 marks state carried over from
 * memory, whose id (or citizen ID) is the first of its value. So a group starts with the ids of its
 * value in order, and whether a slot's worker came before the child is a comparison of sequences.
 *
 * <p><b>Outcomes.</b> Each finding is an entry of a second sorter keyed {@code [record index][0 for
 * an issue found with the record, 1 for one found at the end][its order on the record][counter]},
 * which gives the order the in-memory path would have given: a record's own batch issues in the
 * order {@code validate} finds them (id, citizen ID, slots), then the late ones by JSON Pointer.
 *
 * <p>Temporary files live in a private directory, deleted by {@link #close()}. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SpilledBatch implements AutoCloseable {

  /** Issue found with the record: a duplicate id. */
  public static final int DUPLICATE_ID = 0;

  /** Issue found with the record: a duplicate citizen ID. */
  public static final int DUPLICATE_CHILD = 1;

  /** A slot whose worker does not fit it. */
  public static final int MISFIT = 2;

  /** A reference to a record that never came. */
  public static final int DANGLING = 3;

  private static final int IDS = 0;
  private static final int CITIZEN_IDS = 1;
  private static final int KIND_ID = 0;
  private static final int KIND_SLOT = 1;
  private static final int KIND_REFERENCE = 2;
  private static final RecordType[] TYPES = RecordType.values();

  private final long budget;
  private final @Nullable Path base;
  private @Nullable Path directory;
  private final ExternalSorter entries;
  private @Nullable ExternalSorter outcomes;
  private final Mac mac;
  private final byte[] digest = new byte[32];
  private final Bytes key = new Bytes();
  private final Bytes payload = new Bytes();
  private final Bytes outcomeKey = new Bytes();
  private final Bytes outcomePayload = new Bytes();
  private final List<String> files = new ArrayList<>();
  private final Map<String, Integer> fileIndex = new HashMap<>();
  private long counter;

  /**
   * Judges whether a worker fits a slot.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface SlotJudge {

    /**
     * Tells whether a worker fits a slot.
     *
     * @param slot the slot's ordinal
     * @param facts the worker's {@link WorkerFacts}
     * @return true when it fits
     */
    boolean fits(int slot, int facts);
  }

  /**
   * One finding, as {@link #outcomes} gives it back.
   *
   * @param kind {@link #DUPLICATE_ID}, {@link #DUPLICATE_CHILD}, {@link #MISFIT} or {@link
   *     #DANGLING}
   * @param recordType the type of the record the issue is on
   * @param recordId its id
   * @param file its file, or empty
   * @param line its line, or 0 when it has none
   * @param recordIndex its index
   * @param value the duplicate id, the masked citizen ID, the worker's id or the id referred to
   * @param number the first child's {@code here} value, the slot's ordinal, or the target type's
   *     ordinal
   * @param facts the worker's facts, for a misfit
   * @param pointer the JSON Pointer of a dangling reference; empty otherwise
   * @since 0.1.0
   */
  public record Outcome(
      int kind,
      RecordType recordType,
      String recordId,
      Optional<String> file,
      long line,
      long recordIndex,
      String value,
      int number,
      int facts,
      String pointer) {}

  /**
   * Starts the spilled state.
   *
   * @param budget the bytes of entries kept in memory at once, 1 or more
   * @param base the directory in which a private directory is created; null for the JVM's temporary
   *     directory
   */
  public SpilledBatch(long budget, @Nullable Path base) {
    this.budget = budget;
    this.base = base;
    this.entries = new ExternalSorter(budget, this::directory);
    try {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private Path directory() {
    Path d = directory;
    if (d == null) {
      try {
        d =
            base == null
                ? Files.createTempDirectory("shegong-batch-")
                : Files.createTempDirectory(base, "shegong-batch-");
      } catch (IOException e) {
        throw new UncheckedIOException(
            "the batch rules could not create a directory for their spilled state", e);
      }
      directory = d;
    }
    return d;
  }

  /**
   * Returns the directory of the temporary files, once one was written.
   *
   * @return the directory, or empty
   */
  public Optional<Path> spillDirectory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Records a record's id.
   *
   * @param type the record's type; not null
   * @param id the id; not blank
   * @param sequence the record's sequence plus one, or 0 for an id carried over from memory
   * @param facts the worker's facts, or 0
   * @param file the record's file, or null
   * @param line its line, or 0
   * @param recordIndex its index
   */
  public void id(
      RecordType type,
      String id,
      long sequence,
      int facts,
      @Nullable String file,
      long line,
      long recordIndex) {
    key.clear().put(IDS).put(type.ordinal()).putText(id).put(KIND_ID).putLong(sequence);
    payload.clear().putInt(facts);
    location(file, line, recordIndex);
    entries.add(key, payload);
  }

  /**
   * Records a child's citizen ID.
   *
   * @param citizenId the number; not null
   * @param sequence the record's sequence plus one, or 0 for one carried over from memory
   * @param here where the child is, as the first one's issue names it
   * @param masked the number masked, for the issue; not null
   * @param childId the child's id; not null
   * @param file the record's file, or null
   * @param line its line, or 0
   * @param recordIndex its index
   */
  public void citizenId(
      String citizenId,
      long sequence,
      int here,
      String masked,
      String childId,
      @Nullable String file,
      long line,
      long recordIndex) {
    mac.update(citizenId.getBytes(StandardCharsets.UTF_8));
    try {
      mac.doFinal(digest, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 failed", e);
    }
    key.clear().put(CITIZEN_IDS).put(0).put(digest, 0, 16).put(KIND_ID).putLong(sequence);
    payload.clear().putInt(here).putText(masked).putText(childId);
    location(file, line, recordIndex);
    entries.add(key, payload);
  }

  /**
   * Records a slot of a child's {@code responsibleIds}.
   *
   * @param workerId the worker named; not blank
   * @param sequence the child's sequence plus one
   * @param slot the slot's ordinal
   * @param childId the child's id; not null
   * @param file the record's file, or null
   * @param line its line, or 0
   * @param recordIndex its index
   */
  public void slot(
      String workerId,
      long sequence,
      int slot,
      String childId,
      @Nullable String file,
      long line,
      long recordIndex) {
    key.clear()
        .put(IDS)
        .put(RecordType.WORKER.ordinal())
        .putText(workerId)
        .put(KIND_SLOT)
        .putLong(sequence);
    payload.clear().put(slot).putText(childId);
    location(file, line, recordIndex);
    entries.add(key, payload);
  }

  /**
   * Records a reference.
   *
   * @param target the type referred to; not null
   * @param id the id referred to; not blank
   * @param sequence the referring record's sequence plus one
   * @param pointer the reference's JSON Pointer; not null
   * @param type the referring record's type; not null
   * @param recordId its id; not null
   * @param file the record's file, or null
   * @param line its line, or 0
   * @param recordIndex its index
   */
  public void reference(
      RecordType target,
      String id,
      long sequence,
      String pointer,
      RecordType type,
      String recordId,
      @Nullable String file,
      long line,
      long recordIndex) {
    key.clear().put(IDS).put(target.ordinal()).putText(id).put(KIND_REFERENCE).putLong(sequence);
    payload.clear().putText(pointer).put(type.ordinal()).putText(recordId);
    location(file, line, recordIndex);
    entries.add(key, payload);
  }

  /**
   * Records a slot found wrong in memory, when its worker came after the child.
   *
   * @param slot the slot's ordinal
   * @param pointer the slot's JSON Pointer; not null
   * @param workerId the worker's id; not null
   * @param facts the worker's facts
   * @param childId the child's id; not null
   * @param file the record's file, or null
   * @param line its line, or 0
   * @param recordIndex its index
   */
  public void lateMisfit(
      int slot,
      String pointer,
      String workerId,
      int facts,
      String childId,
      @Nullable String file,
      long line,
      long recordIndex) {
    outcome(
        MISFIT,
        true,
        slot,
        pointer,
        RecordType.CHILD,
        childId,
        workerId,
        slot,
        facts,
        "",
        file,
        line,
        recordIndex);
  }

  private ExternalSorter outcomeSorter() {
    ExternalSorter o = outcomes;
    if (o == null) {
      o = new ExternalSorter(Math.max(1, budget / 4), this::directory);
      outcomes = o;
    }
    return o;
  }

  private void outcome(
      int kind,
      boolean late,
      int order,
      String pointer,
      RecordType type,
      String recordId,
      String value,
      int number,
      int facts,
      String danglingPointer,
      @Nullable String file,
      long line,
      long recordIndex) {
    Bytes k = outcomeKey.clear();
    k.putLong(recordIndex).put(late ? 1 : 0);
    if (late) {
      k.putOrderedText(pointer);
    } else {
      k.put(order);
    }
    k.putLong(counter++);
    Bytes p = outcomePayload.clear();
    p.put(kind).put(type.ordinal()).putText(recordId).putText(value).putInt(number).putInt(facts);
    p.putText(danglingPointer);
    p.putVarint(file == null ? 0 : fileNumber(file) + 1L).putVarint(line).putVarint(recordIndex);
    outcomeSorter().add(k, p);
  }

  private void location(@Nullable String file, long line, long recordIndex) {
    payload
        .putVarint(file == null ? 0 : fileNumber(file) + 1L)
        .putVarint(line)
        .putVarint(recordIndex);
  }

  private int fileNumber(String file) {
    Integer n = fileIndex.get(file);
    if (n == null) {
      n = files.size();
      files.add(file);
      fileIndex.put(file, n);
    }
    return n;
  }

  /**
   * Finds the duplicates, misfits and dangling references among the entries; call it once, then
   * {@link #outcomes}.
   *
   * @param judge whether a worker fits a slot; not null
   * @throws UncheckedIOException when the spilled state cannot be read or written
   */
  public void resolve(SlotJudge judge) {
    outcomeSorter();
    Bytes.Reader in = new Bytes.Reader();
    Bytes.Reader data = new Bytes.Reader();
    byte[] group = new byte[64];
    int groupLength = -1;
    String groupValue = "";
    int space = -1;
    RecordType groupType = RecordType.WORKER;
    boolean hasFirst = false;
    long firstSequence = 0;
    int firstFacts = 0;
    int firstHere = 0;
    try (ExternalSorter.Cursor cursor = entries.sorted()) {
      while (cursor.next()) {
        byte[] k = cursor.key();
        in.reset(k, cursor.keyOffset(), cursor.keyLength());
        int s = in.get();
        int typeOrdinal = in.get();
        if (s == IDS) {
          in.skipText();
        } else {
          in.reset(k, in.position() + 16, cursor.keyLength() - 18);
        }
        int valueEnd = in.position();
        int prefix = valueEnd - cursor.keyOffset();
        if (prefix != groupLength
            || ExternalSorter.compare(k, cursor.keyOffset(), prefix, group, 0, prefix) != 0) {
          if (group.length < prefix) {
            group = new byte[Math.max(prefix, group.length * 2)];
          }
          System.arraycopy(k, cursor.keyOffset(), group, 0, prefix);
          groupLength = prefix;
          space = s;
          groupType = TYPES[typeOrdinal];
          if (s == IDS) {
            in.reset(k, cursor.keyOffset() + 2, cursor.keyLength() - 2);
            groupValue = in.getText();
          } else {
            groupValue = "";
          }
          hasFirst = false;
        }
        in.reset(k, valueEnd, cursor.keyOffset() + cursor.keyLength() - valueEnd);
        int kind = in.get();
        long sequence = in.getLong();
        data.reset(cursor.payload(), cursor.payloadOffset(), cursor.payloadLength());
        if (space == CITIZEN_IDS) {
          int here = data.getInt();
          if (!hasFirst) {
            hasFirst = true;
            firstHere = here;
          } else if (sequence > 0) {
            String masked = data.getText();
            String childId = data.getText();
            outcomeWithLocation(
                DUPLICATE_CHILD,
                false,
                1,
                "",
                RecordType.CHILD,
                childId,
                masked,
                firstHere,
                0,
                "",
                data);
          }
        } else if (kind == KIND_ID) {
          int facts = data.getInt();
          if (!hasFirst) {
            hasFirst = true;
            firstSequence = sequence;
            firstFacts = facts;
          } else if (sequence > 0) {
            outcomeWithLocation(
                DUPLICATE_ID, false, 0, "", groupType, groupValue, groupValue, 0, 0, "", data);
          }
        } else if (kind == KIND_SLOT) {
          int slot = data.get();
          String childId = data.getText();
          if (hasFirst && !judge.fits(slot, firstFacts)) {
            boolean late = firstSequence > sequence;
            outcomeWithLocation(
                MISFIT,
                late,
                2 + slot,
                slotPointer(slot),
                RecordType.CHILD,
                childId,
                groupValue,
                slot,
                firstFacts,
                "",
                data);
          }
        } else if (!hasFirst) {
          String pointer = data.getText();
          RecordType type = TYPES[data.get()];
          String recordId = data.getText();
          outcomeWithLocation(
              DANGLING,
              true,
              0,
              pointer,
              type,
              recordId,
              groupValue,
              groupType.ordinal(),
              0,
              pointer,
              data);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the batch rules could not read their spilled state", e);
    } finally {
      entries.close();
    }
  }

  /** The JSON Pointer of a slot, by its ordinal, as the batch names it. */
  private static String slotPointer(int slot) {
    return switch (slot) {
      case 0 -> "/responsibleIds/childSupervisorId";
      case 1 -> "/responsibleIds/childDirectorId";
      default -> "/responsibleIds/socialWorkerId";
    };
  }

  private void outcomeWithLocation(
      int kind,
      boolean late,
      int order,
      String pointer,
      RecordType type,
      String recordId,
      String value,
      int number,
      int facts,
      String danglingPointer,
      Bytes.Reader data) {
    long fileNumber = data.getVarint();
    long line = data.getVarint();
    long recordIndex = data.getVarint();
    outcome(
        kind,
        late,
        order,
        pointer,
        type,
        recordId,
        value,
        number,
        facts,
        danglingPointer,
        fileNumber == 0 ? null : files.get((int) fileNumber - 1),
        line,
        recordIndex);
  }

  /**
   * Gives the findings of {@link #resolve} in file order.
   *
   * @param consumer receives each finding; not null
   * @throws UncheckedIOException when the spilled state cannot be read
   */
  public void outcomes(Consumer<Outcome> consumer) {
    Bytes.Reader data = new Bytes.Reader();
    try (ExternalSorter.Cursor cursor = outcomeSorter().sorted()) {
      while (cursor.next()) {
        data.reset(cursor.payload(), cursor.payloadOffset(), cursor.payloadLength());
        int kind = data.get();
        RecordType type = TYPES[data.get()];
        String recordId = data.getText();
        String value = data.getText();
        int number = data.getInt();
        int facts = data.getInt();
        String pointer = data.getText();
        long fileNumber = data.getVarint();
        long line = data.getVarint();
        long recordIndex = data.getVarint();
        consumer.accept(
            new Outcome(
                kind,
                type,
                recordId,
                fileNumber == 0 ? Optional.empty() : Optional.of(files.get((int) fileNumber - 1)),
                line,
                recordIndex,
                value,
                number,
                facts,
                pointer));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the batch rules could not read their spilled state", e);
    }
  }

  /** Deletes the temporary files and their directory. */
  @Override
  public void close() {
    entries.close();
    ExternalSorter o = outcomes;
    if (o != null) {
      o.close();
    }
    Path d = directory;
    if (d != null) {
      try (Stream<Path> left = Files.walk(d)) {
        for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        // best effort: nothing else can be done about a file that cannot be deleted
      }
    }
  }
}
