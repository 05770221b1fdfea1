package org.shegong.testing.mutation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;

/**
 * What a {@link Defect} may need to know besides the record it breaks: the reference date, the
 * division table, and the first record of each type in the batch (for defects that copy an id or a
 * citizen ID from another record, such as a duplicate id).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MutationContext {

  private static final MutationContext DEFAULTS =
      new MutationContext(SampleData.DEFAULT_AS_OF, null, Map.of());

  private final LocalDate asOf;
  // null: the bundled table
  private final @Nullable DivisionTable divisionTable;
  private final Map<RecordType, ExchangeRecord> firsts;

  private MutationContext(
      LocalDate asOf,
      @Nullable DivisionTable divisionTable,
      Map<RecordType, ExchangeRecord> firsts) {
    this.asOf = asOf;
    this.divisionTable = divisionTable;
    this.firsts = firsts;
  }

  /**
   * Returns the context of a lone record at {@link SampleData#DEFAULT_AS_OF} with the bundled
   * division table and no other records.
   *
   * @return the default context, never null
   */
  public static MutationContext defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the context of a lone record at a reference date, with the bundled division table and
   * no other records.
   *
   * @param asOf the reference date the records are checked at; not null
   * @return the context, never null
   */
  public static MutationContext of(LocalDate asOf) {
    return new MutationContext(Objects.requireNonNull(asOf, "asOf"), null, Map.of());
  }

  /**
   * Returns a copy that uses another division table (for defects about division codes).
   *
   * @param table the table the validator uses; not null
   * @return a new context, never null
   */
  public MutationContext withDivisionTable(DivisionTable table) {
    return new MutationContext(asOf, Objects.requireNonNull(table, "table"), firsts);
  }

  /**
   * Returns a copy that knows a record of the batch, when it is the first of its type the context
   * sees; otherwise returns this context.
   *
   * @param record a record of the batch that comes before the records to break; not null
   * @return a context that knows a first record of the record's type, never null
   */
  public MutationContext withEarlierRecord(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    if (firsts.containsKey(record.recordType())) {
      return this;
    }
    Map<RecordType, ExchangeRecord> copy = new EnumMap<>(RecordType.class);
    copy.putAll(firsts);
    copy.put(record.recordType(), record);
    return new MutationContext(asOf, divisionTable, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the reference date.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the division table.
   *
   * @return the table, never null; the bundled table unless set
   */
  public DivisionTable divisionTable() {
    return divisionTable == null ? DivisionTable.bundled() : divisionTable;
  }

  /**
   * Returns the first record of a type that comes earlier in the batch.
   *
   * @param type the record type; not null
   * @return the record, or empty when the context knows none of that type
   */
  public Optional<ExchangeRecord> firstOf(RecordType type) {
    return Optional.ofNullable(firsts.get(Objects.requireNonNull(type, "type")));
  }

  /**
   * Returns the reference date and the types of the known earlier records, for logs.
   *
   * @return for example {@code MutationContext[asOf=2024-06-30, earlier=[AGENCY, CHILD]]}
   */
  @Override
  public String toString() {
    return "MutationContext[asOf=" + asOf + ", earlier=" + firsts.keySet() + "]";
  }
}
