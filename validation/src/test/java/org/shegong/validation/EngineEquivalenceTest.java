package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.mutation.MutationContext;
import org.shegong.testing.sample.SampleData;

/**
 * The direct engine of {@link ShegongValidator#validate} gives exactly the issues that Hibernate
 * Validator with the model's constraint mapping gives (list equality: codes, severities, pointers,
 * messages, order), on the testing module's seeded records with one to three stacked defects and on
 * every scenario of the firing table, in both locales and both profiles, with and without severity
 * overrides.
 */
class EngineEquivalenceTest {

  private static final int SEEDS = 16;
  private static final int RECORDS = 400;
  private static final Map<ValidationConfig, ShegongValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  /** The per-record rules: every rule of the module but the batch rules. */
  private static final List<Rule> PER_RECORD_RULES =
      Generated.validator().rules().rules().stream()
          .filter(rule -> rule.layer() != Layer.BATCH)
          .toList();

  /** A configuration variant: locale, profile and whether severities are overridden. */
  record Variant(Locale locale, Profile profile, boolean overrides) {
    ValidationConfig of(ValidationConfig base) {
      ValidationConfig.Builder builder = base.toBuilder().locale(locale).profile(profile);
      if (overrides) {
        // every third per-record rule off, the next one information, the next one an error
        for (int i = 0; i < PER_RECORD_RULES.size(); i++) {
          SeverityOverride override =
              switch (i % 3) {
                case 0 -> SeverityOverride.OFF;
                case 1 -> SeverityOverride.INFO;
                default -> SeverityOverride.ERROR;
              };
          builder.severity(PER_RECORD_RULES.get(i).code(), override);
        }
        builder.strictCreditCodes(true);
      }
      return builder.build();
    }

    @Override
    public String toString() {
      return locale.toLanguageTag() + " " + profile + (overrides ? " with overrides" : "");
    }
  }

  static List<Variant> variants() {
    List<Variant> variants = new ArrayList<>();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (Profile profile : Profile.values()) {
        for (boolean overrides : new boolean[] {false, true}) {
          variants.add(new Variant(locale, profile, overrides));
        }
      }
    }
    return variants;
  }

  static Stream<Arguments> seedsAndVariants() {
    return Stream.iterate(1L, seed -> seed + 1)
        .limit(SEEDS)
        .flatMap(seed -> variants().stream().map(variant -> Arguments.of(seed, variant)));
  }

  private static ShegongValidator validator(ValidationConfig config) {
    return VALIDATORS.computeIfAbsent(config, ShegongValidator::create);
  }

  /**
   * The first records of a seeded sample, seven in ten broken with one to three defects drawn (with
   * the seed) from those that apply, the earlier records known to the mutations.
   */
  static List<ExchangeRecord> mutated(long seed) {
    SampleData data = SampleData.withSeed(seed).withVolunteers();
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
    MutationContext context = MutationContext.of(data.asOf());
    List<ExchangeRecord> out = new ArrayList<>(RECORDS);
    for (ExchangeRecord record : data.records(RECORDS)) {
      ExchangeRecord broken = record;
      if (random.nextInt(10) < 7) {
        int defects = 1 + random.nextInt(3);
        for (int i = 0; i < defects; i++) {
          List<Defect> applicable = Defect.applicableTo(broken, context);
          if (applicable.isEmpty()) {
            break;
          }
          broken = applicable.get(random.nextInt(applicable.size())).apply(broken, context);
        }
      }
      out.add(broken);
      context = context.withEarlierRecord(record);
    }
    return out;
  }

  private static void assertSameIssues(ShegongValidator validator, ExchangeRecord record) {
    List<Issue> direct = validator.validate(record);
    List<Issue> hibernate = validator.validateWithHibernateValidator(record);
    assertThat(direct).as("issues of %s %s", record.recordType(), record.id()).isEqualTo(hibernate);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndVariants")
  void directEngineGivesHibernateValidatorsIssuesOnMutatedSamples(long seed, Variant variant) {
    ShegongValidator validator = validator(variant.of(Generated.config()));
    for (ExchangeRecord record : mutated(seed)) {
      assertSameIssues(validator, record);
    }
  }

  @ParameterizedTest(name = "firing table, {0}")
  @MethodSource("variants")
  void directEngineGivesHibernateValidatorsIssuesOnTheFiringTable(Variant variant) {
    for (RuleFiringTableTest.Scenario scenario : RuleFiringTableTest.scenarios()) {
      ShegongValidator validator = validator(variant.of(scenario.config()));
      for (ExchangeRecord record : scenario.records()) {
        assertSameIssues(validator, record);
      }
    }
  }

  @Test
  void theComparedRecordsTriggerEveryPerRecordRule() {
    Map<String, Integer> fired = new TreeMap<>();
    Variant plain = new Variant(Locale.ENGLISH, Profile.EXCHANGE, false);
    List<ExchangeRecord> records = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      records.addAll(mutated(seed));
    }
    ShegongValidator sample = validator(plain.of(Generated.config()));
    for (ExchangeRecord record : records) {
      for (Issue issue : sample.validateWithHibernateValidator(record)) {
        fired.merge(issue.code(), 1, Integer::sum);
      }
    }
    for (RuleFiringTableTest.Scenario scenario : RuleFiringTableTest.scenarios()) {
      ShegongValidator validator = validator(plain.of(scenario.config()));
      for (ExchangeRecord record : scenario.records()) {
        for (Issue issue : validator.validateWithHibernateValidator(record)) {
          fired.merge(issue.code(), 1, Integer::sum);
        }
      }
    }
    Set<String> perRecord = new TreeSet<>();
    PER_RECORD_RULES.forEach(rule -> perRecord.add(rule.code()));

    assertThat(fired.keySet()).as("rules fired (with counts %s)", fired).containsAll(perRecord);
  }

  @Test
  void aValidRecordGivesTheSharedEmptyList() {
    ShegongValidator validator = Generated.validator();
    for (ExchangeRecord record : Generated.all()) {
      assertThat(validator.validate(record)).isSameAs(List.of());
    }
  }
}
