package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Worker;

/**
 * {@link BatchFacts} decides the cross-record rules as {@link BatchValidation} does: a plain
 * evaluation of the procedure its Javadoc states (what an engine does with groupings and joins)
 * gives the same batch issues, in either record order.
 */
class BatchFactsTest {

  private static final String FILE = "batch.ndjson";

  static Stream<Arguments> batches() {
    Child child = Generated.child();
    ResponsiblePeople people = child.responsibleIds().orElseThrow();
    Worker supervisor = Generated.workerWithId(people.childSupervisorId().orElseThrow());
    Child swapped =
        child.withResponsibleIds(
            people
                .withChildSupervisorId(people.childDirectorId())
                .withChildDirectorId(people.childSupervisorId())
                .withSocialWorkerId(supervisor.id()));
    Child twin = child.withId("C-TWIN");
    List<ExchangeRecord> defects =
        Generated.samplesWith(swapped, Generated.serviceRecord().withStationId("S-404"));
    List<ExchangeRecord> more = new ArrayList<>(defects);
    more.add(Generated.station());
    more.add(twin);
    more.add(supervisor.withQualification(java.util.Optional.empty()));
    List<ExchangeRecord> reversed = new ArrayList<>(more);
    Collections.reverse(reversed);
    return Stream.of(
        Arguments.of("samples", Generated.all()),
        Arguments.of("defects", more),
        Arguments.of("defects reversed", reversed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("batches")
  void theFactsGiveTheBatchIssues(String name, List<ExchangeRecord> records) {
    ShegongValidator validator = Generated.validator();
    BatchValidation batch = validator.newBatch();
    for (int i = 0; i < records.size(); i++) {
      batch.validate(records.get(i), RecordLocation.of(FILE, i + 2, i));
    }
    List<String> expected = batchIssues(batch.report().issues());

    BatchFacts facts = BatchFacts.of(validator);
    List<BatchFacts.Record> all = new ArrayList<>();
    for (ExchangeRecord record : records) {
      all.add(facts.of(record));
    }
    Map<String, Integer> firstById = new HashMap<>();
    Map<Long, Integer> firstChild = new HashMap<>();
    Set<String> held = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      BatchFacts.Record f = all.get(i);
      if (f.idKey() != 0) {
        firstById.putIfAbsent(f.type() + "/" + f.id(), i);
        held.add(f.type() + "/" + f.id());
      }
      if (f.citizenIdKey() != 0) {
        firstChild.putIfAbsent(f.citizenIdKey(), i);
      }
    }
    List<Issue> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      BatchFacts.Record f = all.get(i);
      RecordLocation at = RecordLocation.of(FILE, i + 2, i);
      if (f.idKey() != 0 && firstById.get(f.type() + "/" + f.id()) != i) {
        facts.duplicateId(f.type(), f.id(), at).ifPresent(found::add);
      }
      if (f.citizenIdKey() != 0 && firstChild.get(f.citizenIdKey()) != i) {
        int first = firstChild.get(f.citizenIdKey());
        facts
            .duplicateChild(
                f.id(), f.maskedCitizenId(), RecordLocation.of(FILE, first + 2, first), at)
            .ifPresent(found::add);
      }
      for (BatchFacts.Reference reference : f.references()) {
        if (!held.contains(reference.target() + "/" + reference.id())) {
          facts.dangling(f.type(), f.id(), reference, at).ifPresent(found::add);
        }
      }
      for (BatchFacts.SlotReference slot : f.slots()) {
        Integer worker =
            firstById.get(org.shegong.core.model.RecordType.WORKER + "/" + slot.workerId());
        if (worker != null) {
          facts.slotMisfit(slot, all.get(worker).workerFacts(), f.id(), at).ifPresent(found::add);
        }
      }
    }
    assertThat(batchIssues(found)).containsExactlyInAnyOrderElementsOf(expected);
    if (!name.equals("samples")) {
      assertThat(expected)
          .anyMatch(s -> s.startsWith("SG-BAT-001"))
          .anyMatch(s -> s.startsWith("SG-BAT-002"))
          .anyMatch(s -> s.startsWith("SG-BAT-003"))
          .anyMatch(s -> s.startsWith("SG-BAT-004"))
          .anyMatch(s -> s.startsWith("SG-BAT-005"))
          .anyMatch(s -> s.startsWith("SG-BAT-006"));
    }
  }

  private static List<String> batchIssues(List<Issue> issues) {
    return issues.stream()
        .filter(i -> i.code().startsWith("SG-BAT"))
        .map(
            i ->
                i.code()
                    + " "
                    + i.recordIndex().orElse(-1L)
                    + " "
                    + i.line().orElse(-1L)
                    + " "
                    + i.path()
                    + " "
                    + i.recordId().orElse("")
                    + " "
                    + i.message())
        .toList();
  }

  @org.junit.jupiter.api.Test
  void citizenIdKeysAreKeyedWithTheRunsSecret() {
    ShegongValidator validator = Generated.validator();
    Child child = Generated.child();
    byte[] one = new byte[32];
    byte[] other = new byte[32];
    other[0] = 1;

    long key = BatchFacts.of(validator, one).of(child).citizenIdKey();

    org.assertj.core.api.Assertions.assertThat(key).isNotZero();
    org.assertj.core.api.Assertions.assertThat(
            BatchFacts.of(validator, one.clone()).of(child).citizenIdKey())
        .as("the same secret gives comparable keys on every machine")
        .isEqualTo(key);
    org.assertj.core.api.Assertions.assertThat(
            BatchFacts.of(validator, other).of(child).citizenIdKey())
        .as("another run's secret gives another key, so a crafted collision does not carry over")
        .isNotEqualTo(key);
    org.assertj.core.api.Assertions.assertThat(BatchFacts.of(validator).of(child).citizenIdKey())
        .isNotEqualTo(key);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BatchFacts.of(validator, new byte[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes");
  }
}
