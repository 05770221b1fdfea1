package org.shegong.testing.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.internal.SampleGenerator;

/**
 * Seeded, deterministic sample data: a realistic, internally consistent stream of exchange records
 * that a validator configured with the same reference date accepts.
 *
 * <p>The same seed and reference date always give the same records, in the same order, on every JVM
 * ({@link java.util.SplittableRandom} seeded with the seed); the first {@code n} records of a
 * longer sample are the {@code n} records of a shorter one. Records are made lazily, a few dozen at
 * a time, so {@link #stream(long)} can feed a million records to a writer in bounded memory.
 *
 * <p><b>What is generated.</b> The stream is a sequence of county blocks, each set in a county of
 * the bundled division table that has real township-level units:
 *
 * <ul>
 *   <li>an agency (社工机构) with a valid 民政 credit code ({@code 52…} 民办非企业单位 mostly, {@code 51…} 社会团体,
 *       {@code 53…} 基金会) registered in that county;
 *   <li>the county guidance centre ({@code COUNTY_GUIDANCE_CENTER}, 6-digit county code) and its
 *       supervisor;
 *   <li>for one to three real townships (街道, 镇 or 乡 only): a {@code TOWNSHIP_STATION} at the
 *       9-digit township code with a conforming {@code 1+1+5+X} plan (one resource platform, one
 *       key project, exactly the five core service domains, zero to two brand services), its
 *       resident social worker and child supervisor (儿童督导员); one or two {@code VILLAGE_ROOM}s at
 *       12-digit village codes of that township, each with a child director (儿童主任) and two to six
 *       children; two to five service records of the station; one to three demands of the township;
 *   <li>a project of the agency (half of them declare 五社联动 and name all five parties).
 * </ul>
 *
 * <p>Workers have valid citizen IDs with their county's address code, born so that they are 24 to
 * 59 at the reference date (born mid-1964 to mid-2000 for the default date), valid mobile numbers,
 * and any qualification is registered, not yet in its renewal window and has enough continuing
 * education. Children have valid IDs of children aged 1 to 17 at the reference date, distinct
 * within a sample (one file per person), a birth date and sex matching the ID, and categories that
 * match their parents' situations and age ({@code LEFT_BEHIND} only under 16, rural, both parents
 * migrant workers or one migrant and the other without capacity to guard); tiers 1–3 have a care
 * plan, a child supervisor and a child director, tiers 1–2 also a social worker; the visits are
 * within the tier's default interval (TIER_1 7 days, TIER_2 14, TIER_3 30, TIER_4 90) up to the
 * reference date, and the next review is the assessment date plus the tier's default review period
 * (1, 3, 6 or 12 months), still ahead; children under 14 have their guardian's consent. A {@code
 * DONE} demand names a service record, a {@code REJECTED} one a reason. Every reference points to a
 * record earlier in the stream, so a streaming validator has seen it first. Ids are the record
 * type's prefix and a six-digit counter ({@code AG-000001}, {@code ST-…}, {@code W-…}, {@code C-…},
 * {@code SR-…}, {@code D-…}, {@code P-…}). Volunteers and volunteer teams (extensions beyond format
 * v1; ids {@code V-…}, {@code VT-…}) are added by {@link #withVolunteers()} only.
 *
 * <p>Names are plausible Chinese names drawn from small lists: they are fake, but treat them like
 * real data (the model prints them as {@code ***}).
 *
 * <p>Instances are immutable and thread-safe; each stream or list is generated afresh.
 *
 * @since 0.1.0
 */
public final class SampleData {

  /**
   * The default reference date, 2024-06-30: the day at which ages, visits, registrations and dates
   * of the sample are valid. Configure a validator with the same date.
   */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 6, 30);

  private final long seed;
  private final LocalDate asOf;
  private final boolean volunteers;

  private SampleData(long seed, LocalDate asOf, boolean volunteers) {
    this.seed = seed;
    this.asOf = asOf;
    this.volunteers = volunteers;
  }

  /**
   * Returns the sample data of a seed, valid at {@link #DEFAULT_AS_OF}.
   *
   * @param seed any number; the same seed gives the same records
   * @return the sample data, never null
   */
  public static SampleData withSeed(long seed) {
    return new SampleData(seed, DEFAULT_AS_OF, false);
  }

  /**
   * Returns the same sample data valid at another reference date.
   *
   * @param asOf the reference date; not null; years 1990 to 2999
   * @return a new instance with the same seed, never null
   * @throws IllegalArgumentException when the date is outside the supported years
   */
  public SampleData asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.getYear() < 1990 || asOf.getYear() > 2999) {
      throw new IllegalArgumentException("asOf must be in the years 1990 to 2999: " + asOf);
    }
    return new SampleData(seed, asOf, volunteers);
  }

  /**
   * Returns the same sample data with volunteers and volunteer teams added (志愿者, 志愿服务队: record
   * types that are extensions beyond exchange format v1, so a v1 partner may not know them).
   *
   * <p>About two townships in five get two to five volunteers of their township station, followed
   * by their team, which names its station, its leader and its members. The volunteers come from a
   * random source of their own: the other records are exactly those of the sample without
   * volunteers, in the same order, with the volunteers and teams in between.
   *
   * @return a new instance with the same seed and reference date, never null
   */
  public SampleData withVolunteers() {
    return new SampleData(seed, asOf, true);
  }

  /**
   * Tells whether the sample has volunteers and volunteer teams.
   *
   * @return {@code true} after {@link #withVolunteers()}
   */
  public boolean volunteers() {
    return volunteers;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the reference date the records are valid at.
   *
   * @return the date, never null; {@link #DEFAULT_AS_OF} unless set with {@link #asOf(LocalDate)}
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the first {@code n} records as a list (held in memory; use {@link #stream(long)} for
   * large numbers).
   *
   * @param n the number of records; not negative
   * @return a new modifiable list of {@code n} records, never null
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public List<ExchangeRecord> records(int n) {
    requireNotNegative(n);
    List<ExchangeRecord> records = new ArrayList<>(n);
    Iterator<ExchangeRecord> source = iterator();
    for (int i = 0; i < n; i++) {
      records.add(source.next());
    }
    return records;
  }

  /**
   * Returns the first {@code n} records as a sequential, lazily generated stream: memory does not
   * grow with {@code n}.
   *
   * @param n the number of records; not negative
   * @return an ordered, sized stream, never null
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public Stream<ExchangeRecord> stream(long n) {
    requireNotNegative(n);
    Iterator<ExchangeRecord> source = iterator();
    Iterator<ExchangeRecord> limited =
        new Iterator<>() {
          private long left = n;

          @Override
          public boolean hasNext() {
            return left > 0;
          }

          @Override
          public ExchangeRecord next() {
            if (left <= 0) {
              throw new java.util.NoSuchElementException();
            }
            left--;
            return source.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliterator(
            limited,
            n,
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE | Spliterator.SIZED),
        false);
  }

  /**
   * Returns an endless iterator over the records: {@code hasNext()} is always true. Not
   * thread-safe.
   *
   * @return a new iterator at the first record, never null
   */
  public Iterator<ExchangeRecord> iterator() {
    return new SampleGenerator(seed, asOf, volunteers);
  }

  /**
   * Returns the id the sample gives the n-th record of a type, for example {@code C-000017} for the
   * 17th child.
   *
   * @param type the record type; not null
   * @param ordinal the ordinal among records of that type, from 1
   * @return the id, never null
   * @throws IllegalArgumentException when {@code ordinal} is less than 1
   */
  public static String idOf(RecordType type, long ordinal) {
    Objects.requireNonNull(type, "type");
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be at least 1: " + ordinal);
    }
    return SampleGenerator.idOf(type, ordinal);
  }

  private static void requireNotNegative(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of records must not be negative: " + n);
    }
  }

  /**
   * Returns the seed and reference date, for logs.
   *
   * @return for example {@code SampleData[seed=42, asOf=2024-06-30]}, with {@code , volunteers} at
   *     the end when the sample has volunteers
   */
  @Override
  public String toString() {
    return "SampleData[seed=" + seed + ", asOf=" + asOf + (volunteers ? ", volunteers]" : "]");
  }

  /**
   * Tells whether another object is sample data with the same seed, reference date and choice of
   * volunteers.
   *
   * @param other the other object; may be null
   * @return {@code true} when both give the same records
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SampleData that
        && seed == that.seed
        && asOf.equals(that.asOf)
        && volunteers == that.volunteers;
  }

  /**
   * Returns a hash of the seed and reference date.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (Long.hashCode(seed) * 31 + asOf.hashCode()) * 31 + Boolean.hashCode(volunteers);
  }
}
