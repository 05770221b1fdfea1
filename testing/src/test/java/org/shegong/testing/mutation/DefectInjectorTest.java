package org.shegong.testing.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;

class DefectInjectorTest {

  private static final SampleData DATA = SampleData.withSeed(11);
  private static final List<ExchangeRecord> CLEAN = DATA.records(4000);

  @Test
  void rateZeroBreaksNothing() {
    SampleBatch batch = DefectInjector.of(DATA, 0).batch(4000);
    assertThat(batch.defects()).isEmpty();
    assertThat(batch.records()).isEqualTo(CLEAN);
  }

  @Test
  void breaksAboutTheRequestedShareAndOnlyTheListedRecords() {
    SampleBatch batch = DefectInjector.of(DATA, 0.1).batch(4000);
    assertThat(batch.defects()).hasSizeBetween(300, 500);
    Set<Long> broken = new HashSet<>();
    for (InjectedDefect defect : batch.defects()) {
      broken.add(defect.recordIndex());
      ExchangeRecord record = batch.records().get((int) defect.recordIndex());
      assertThat(record.recordType()).isEqualTo(defect.recordType());
      assertThat(record.id()).isEqualTo(defect.recordId());
      assertThat(defect.defect().recordType()).isEqualTo(defect.recordType());
      assertThat(record).isNotEqualTo(CLEAN.get((int) defect.recordIndex()));
    }
    for (int i = 0; i < CLEAN.size(); i++) {
      if (!broken.contains((long) i)) {
        assertThat(batch.records().get(i)).isEqualTo(CLEAN.get(i));
      }
    }
  }

  @Test
  void sameSeedAndRateGiveTheSameDefects() {
    assertThat(DefectInjector.of(DATA, 0.2).batch(2000))
        .isEqualTo(DefectInjector.of(SampleData.withSeed(11), 0.2).batch(2000));
    assertThat(DefectInjector.of(DATA, 0.2).batch(2000).defects())
        .isNotEqualTo(DefectInjector.of(SampleData.withSeed(12), 0.2).batch(2000).defects());
  }

  @Test
  void rateOneBreaksEveryRecordWithManyKindsOfDefect() {
    SampleBatch batch = DefectInjector.of(DATA, 1).batch(4000);
    assertThat(batch.defects()).hasSize(4000);
    Set<Defect> kinds = EnumSet.noneOf(Defect.class);
    batch.defects().forEach(d -> kinds.add(d.defect()));
    assertThat(kinds).hasSizeGreaterThan(Defect.values().length * 3 / 4);
  }

  @Test
  void canBeLimitedToSomeDefects() {
    SampleBatch batch =
        DefectInjector.of(DATA, 1)
            .onlyDefects(List.of(Defect.CHILD_TIER_WITHOUT_CARE_PLAN, Defect.DEMAND_DUPLICATE_ID))
            .batch(3000);
    assertThat(batch.defects())
        .isNotEmpty()
        .allMatch(
            d ->
                d.defect() == Defect.CHILD_TIER_WITHOUT_CARE_PLAN
                    || d.defect() == Defect.DEMAND_DUPLICATE_ID);
  }

  @Test
  void duplicateIdsCopyTheFirstValidRecordOfTheirType() {
    SampleBatch batch =
        DefectInjector.of(DATA, 0.5).onlyDefects(List.of(Defect.DEMAND_DUPLICATE_ID)).batch(3000);
    assertThat(batch.defects()).isNotEmpty();
    for (InjectedDefect defect : batch.defects()) {
      long sameId =
          batch.records().stream()
              .filter(
                  r -> r.recordType() == defect.recordType() && r.id().equals(defect.recordId()))
              .count();
      assertThat(sameId).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void streamsLazilyWithTheDefectAttachedToItsRecord() {
    long start = System.nanoTime();
    long[] counts = new long[2];
    DefectInjector.of(DATA, 0.05).stream(300_000)
        .forEach(
            r -> {
              counts[0]++;
              r.defect()
                  .ifPresent(
                      d -> {
                        counts[1]++;
                        assertThat(d.recordIndex()).isEqualTo(r.index());
                      });
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "generated 300,000 records with 5%% defects in %.2f s (%.0f records/s)%n",
        seconds, 300_000 / seconds);
    assertThat(counts[0]).isEqualTo(300_000);
    assertThat(counts[1]).isBetween(13_000L, 17_000L);
  }

  @Test
  void injectsIntoTheCallersOwnRecords() {
    List<ExchangeRecord> mine = SampleData.withSeed(3).records(500);
    SampleBatch batch = DefectInjector.of(DATA, 1).inject(mine);
    assertThat(batch.records()).hasSize(500);
    assertThat(batch.defects()).hasSize(500);
  }

  @Test
  void rejectsARateOutsideZeroToOne() {
    assertThatThrownBy(() -> DefectInjector.of(DATA, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DefectInjector.of(DATA, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDefectListEntryPrintsNoFieldValues() {
    InjectedDefect defect = DefectInjector.of(DATA, 1).batch(50).defects().get(10);
    assertThat(defect.toString())
        .contains(defect.recordId(), defect.defect().name())
        .doesNotContainPattern("\\d{17}[\\dX]");
  }
}
