package org.shegong.testing.mutation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;

/**
 * Breaks a seeded fraction of a batch's records, each with one {@link Defect}, and lists what it
 * broke: the sample behind {@code shegong sample --invalid-rate R}.
 *
 * <p>Each record is chosen with probability {@link #invalidRate()}; a chosen record gets one defect
 * drawn uniformly from those that {@linkplain Defect#appliesTo(ExchangeRecord, MutationContext)
 * apply} to it (every record type of {@link SampleData} has defects that always apply). Batch
 * defects (duplicate id, duplicate citizen ID) copy from the first record of the type that was left
 * valid, so they break one rule only. The choice uses its own {@link SplittableRandom} derived from
 * the sample's seed: the valid records of a batch are exactly the records of {@link
 * SampleData#records(int)}, and the same seed and rate give the same defects.
 *
 * <p>Instances are immutable and thread-safe; each stream or batch is made afresh.
 *
 * @since 0.1.0
 */
public final class DefectInjector {

  private static final long STREAM_SALT = 0xD1B54A32D192ED03L;

  private final SampleData data;
  private final double invalidRate;
  private final Set<Defect> defects;

  private DefectInjector(SampleData data, double invalidRate, Set<Defect> defects) {
    this.data = data;
    this.invalidRate = invalidRate;
    this.defects = defects;
  }

  /**
   * Returns an injector that breaks a fraction of the records of some sample data.
   *
   * @param data the sample data; its seed also seeds the choice of defects; not null
   * @param invalidRate the probability that a record gets a defect, 0 to 1
   * @return the injector, using every defect of the catalogue; never null
   * @throws IllegalArgumentException when the rate is not between 0 and 1
   */
  public static DefectInjector of(SampleData data, double invalidRate) {
    Objects.requireNonNull(data, "data");
    if (!(invalidRate >= 0 && invalidRate <= 1)) {
      throw new IllegalArgumentException("invalidRate must be between 0 and 1: " + invalidRate);
    }
    return new DefectInjector(data, invalidRate, EnumSet.allOf(Defect.class));
  }

  /**
   * Returns a copy that only injects some of the defects.
   *
   * @param allowed the defects to choose from; not null or empty
   * @return a new injector, never null
   * @throws IllegalArgumentException when {@code allowed} is empty
   */
  public DefectInjector onlyDefects(Collection<Defect> allowed) {
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("at least one defect must be allowed");
    }
    return new DefectInjector(data, invalidRate, EnumSet.copyOf(allowed));
  }

  /**
   * Returns the sample data whose records are broken.
   *
   * @return the sample data, never null
   */
  public SampleData sampleData() {
    return data;
  }

  /**
   * Returns the probability that a record gets a defect.
   *
   * @return a number from 0 to 1
   */
  public double invalidRate() {
    return invalidRate;
  }

  /**
   * Returns the first {@code n} records of the sample, some broken, in memory.
   *
   * @param n the number of records; not negative
   * @return the records and the list of injected defects, never null
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public SampleBatch batch(int n) {
    List<ExchangeRecord> records = new ArrayList<>(Math.max(0, n));
    List<InjectedDefect> injected = new ArrayList<>();
    stream(n)
        .forEach(
            r -> {
              records.add(r.record());
              r.defect().ifPresent(injected::add);
            });
    return new SampleBatch(records, injected);
  }

  /**
   * Returns the first {@code n} records of the sample, some broken, as a lazily generated
   * sequential stream: memory does not grow with {@code n}.
   *
   * @param n the number of records; not negative
   * @return an ordered stream of records with their defects, never null
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public Stream<SampleRecord> stream(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of records must not be negative: " + n);
    }
    Iterator<ExchangeRecord> source = data.iterator();
    return inject(source, n);
  }

  /**
   * Breaks a fraction of records given by the caller (for example records of an application's own
   * fixtures), with this injector's rate, seed and defects and the sample's reference date.
   *
   * @param records the valid records, in batch order; not null
   * @return the records and the list of injected defects, never null
   */
  public SampleBatch inject(List<? extends ExchangeRecord> records) {
    List<ExchangeRecord> out = new ArrayList<>(records.size());
    List<InjectedDefect> injected = new ArrayList<>();
    inject(records.iterator(), records.size())
        .forEach(
            r -> {
              out.add(r.record());
              r.defect().ifPresent(injected::add);
            });
    return new SampleBatch(out, injected);
  }

  private Stream<SampleRecord> inject(Iterator<? extends ExchangeRecord> source, long n) {
    Iterator<SampleRecord> records =
        new Iterator<>() {
          private final SplittableRandom random = new SplittableRandom(data.seed() ^ STREAM_SALT);
          private MutationContext context = MutationContext.of(data.asOf());
          private long index;

          @Override
          public boolean hasNext() {
            return index < n && source.hasNext();
          }

          @Override
          public SampleRecord next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ExchangeRecord record = source.next();
            long at = index++;
            if (random.nextDouble() < invalidRate) {
              List<Defect> candidates = applicable(record, context);
              if (!candidates.isEmpty()) {
                Defect defect = candidates.get(random.nextInt(candidates.size()));
                ExchangeRecord broken = defect.apply(record, context);
                return new SampleRecord(
                    at,
                    broken,
                    Optional.of(new InjectedDefect(at, broken.recordType(), broken.id(), defect)));
              }
            }
            context = context.withEarlierRecord(record);
            return new SampleRecord(at, record, Optional.empty());
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            records, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  private List<Defect> applicable(ExchangeRecord record, MutationContext context) {
    // the allowed defects in catalogue order (an EnumSet iterates so), as Defect.applicableTo
    List<Defect> result = new ArrayList<>();
    for (Defect defect : defects) {
      if (defect.recordType() == record.recordType() && defect.appliesTo(record, context)) {
        result.add(defect);
      }
    }
    return result;
  }

  /**
   * Returns the sample and rate, for logs.
   *
   * @return for example {@code DefectInjector[SampleData[seed=42, asOf=2024-06-30], rate=0.1]}
   */
  @Override
  public String toString() {
    return "DefectInjector[" + data + ", rate=" + invalidRate + "]";
  }
}
