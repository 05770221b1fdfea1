package org.shegong.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.IssueFactory;
import org.shegong.validation.internal.engine.JsonPointers;
import org.shegong.validation.internal.engine.ModelValidatorFactory;
import org.shegong.validation.internal.engine.RecordPlans;
import org.shegong.validation.internal.engine.ValidationPayload;
import org.shegong.validation.internal.rules.ValidationRules;

/**
 * Validates Shegong records: the single entry point of the validation module.
 *
 * <p>Built once from a {@link ValidationConfig} and then cheap to call; immutable and thread-safe.
 * {@link #validate(ExchangeRecord)} checks one record (structure, field and domain rules); {@link
 * #newBatch()} streams the records of a file through the batch rules as well (duplicate ids,
 * dangling references, one file per child); {@link #validateAll(Iterable)} does both for an
 * in-memory collection. Every problem is an {@link Issue} with the rule's code, its severity in the
 * configured profile, its message in the configured locale and a JSON Pointer; problems in data are
 * never thrown.
 *
 * <p>Records are checked by a direct engine: when the validator is built, the model's constraint
 * declarations become one plan per record type (accessors bound, checks chosen, the reference date
 * and division table fixed), so validating a valid record takes a few microseconds and returns
 * {@code List.of()}. The engine gives exactly the issues that Hibernate Validator gives with the
 * same declarations, which the module's tests hold it to; Hibernate Validator itself is not started
 * for validating records. Building the first validator of a JVM loads the bundled division table.
 *
 * <pre>{@code
 * ShegongValidator validator = ShegongValidator.create(
 *     ValidationConfig.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * List<Issue> issues = validator.validate(child);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ShegongValidator {

  private static final Comparator<Issue> BY_PATH =
      Comparator.comparing(Issue::path).thenComparing(Issue::code);

  private final ValidationConfig config;
  private final DivisionTable divisionTable;
  private final RuleCatalogue rules;
  private final IssueFactory issues;
  private final ValidationPayload payload;
  private final RecordPlans plans;
  private volatile @Nullable Validator hibernate;

  private ShegongValidator(ValidationConfig config) {
    this.config = config;
    this.divisionTable =
        config
            .divisionTableDirectory()
            .map(dir -> DivisionTable.load(dir, config.divisionTableVintage()))
            .orElseGet(DivisionTable::bundled);
    FrameworkRegistry frameworks = FrameworkRegistry.builtIn();
    for (ServiceFramework framework : config.extraFrameworks()) {
      frameworks = frameworks.with(framework);
    }
    this.rules = ValidationRules.catalogue();
    this.issues = new IssueFactory(rules, config);
    this.payload =
        new ValidationPayload(
            config.profile(),
            config.asOf(),
            divisionTable,
            frameworks,
            config.qualificationPolicy(),
            config.tierPolicy(),
            config.strictCreditCodes());
    this.plans = new RecordPlans(payload);
  }

  /**
   * Builds a validator.
   *
   * @param config the configuration; not null
   * @return the validator, never null
   * @throws org.shegong.core.division.DivisionTableException when a configured division table
   *     cannot be loaded
   */
  public static ShegongValidator create(ValidationConfig config) {
    return new ShegongValidator(Objects.requireNonNull(config, "config"));
  }

  /**
   * Builds a validator with {@link ValidationConfig#defaults()}: exchange profile, Chinese
   * messages, today as reference date.
   *
   * @return the validator, never null
   */
  public static ShegongValidator defaults() {
    return create(ValidationConfig.defaults());
  }

  /**
   * Returns the configuration the validator was built with.
   *
   * @return the configuration, never null
   */
  public ValidationConfig config() {
    return config;
  }

  /**
   * Returns the vintage of the division table the validator checks against.
   *
   * @return for example {@code "2022"}, never null
   */
  public String divisionTableVintage() {
    return divisionTable.vintage();
  }

  /**
   * Returns every rule the validator checks.
   *
   * @return the catalogue of the validation module's rules, never null
   */
  public RuleCatalogue rules() {
    return rules;
  }

  /**
   * Validates one record: required fields, field rules and domain rules (not the batch rules).
   *
   * @param record the record; not null
   * @return the issues, ordered by path, each with its record type and id; empty when valid
   */
  public List<Issue> validate(ExchangeRecord record) {
    return validate(record, null);
  }

  /**
   * Starts the validation of a batch of records with default options.
   *
   * @return a new batch, never null; not thread-safe
   */
  public BatchValidation newBatch() {
    return newBatch(BatchOptions.defaults());
  }

  /**
   * Starts the validation of a batch of records.
   *
   * @param options the batch options; not null
   * @return a new batch, never null; not thread-safe
   */
  public BatchValidation newBatch(BatchOptions options) {
    return new BatchValidation(this, Objects.requireNonNull(options, "options"));
  }

  /**
   * Validates an in-memory collection of records as one batch: every record, then the batch rules.
   *
   * @param records the records; not null, no null element
   * @return the report, with record indexes in iteration order; never null
   */
  public Report validateAll(Iterable<? extends ExchangeRecord> records) {
    BatchValidation batch = newBatch();
    long index = 0;
    for (ExchangeRecord record : records) {
      batch.validate(Objects.requireNonNull(record, "record"), RecordLocation.atIndex(index++));
    }
    return batch.report();
  }

  /**
   * Validates one record, adding the location of a batch to each issue when given: the direct
   * engine ({@link RecordPlans}) runs the checks, every finding becomes an issue.
   */
  List<Issue> validate(ExchangeRecord record, @Nullable RecordLocation location) {
    Objects.requireNonNull(record, "record");
    List<Finding.AtPointer> findings = plans.check(record);
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Issue> found = new ArrayList<>(findings.size());
    for (Finding.AtPointer finding : findings) {
      issue(finding.finding(), finding.pointer(), record.recordType(), record.id(), location)
          .ifPresent(found::add);
    }
    return found;
  }

  /**
   * Validates one record with Hibernate Validator and the model's constraint mapping instead of the
   * direct engine: the reference the direct engine is held equal to (the module's equivalence
   * test). The Hibernate Validator validator is built on first use.
   */
  List<Issue> validateWithHibernateValidator(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    Set<ConstraintViolation<ExchangeRecord>> violations = hibernateValidator().validate(record);
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Issue> found = new ArrayList<>(violations.size());
    for (ConstraintViolation<ExchangeRecord> violation : violations) {
      issue(
              IssueFactory.findingOf(violation),
              JsonPointers.of(violation.getPropertyPath()),
              record.recordType(),
              record.id(),
              null)
          .ifPresent(found::add);
    }
    found.sort(BY_PATH);
    return found;
  }

  private Validator hibernateValidator() {
    Validator validator = hibernate;
    if (validator == null) {
      synchronized (this) {
        validator = hibernate;
        if (validator == null) {
          validator = ModelValidatorFactory.validator(config.asOf(), payload);
          hibernate = validator;
        }
      }
    }
    return validator;
  }

  /** Turns a finding on a record into an issue, unless its rule does not apply in the profile. */
  Optional<Issue> issue(
      Finding finding,
      String pointer,
      RecordType recordType,
      String recordId,
      @Nullable RecordLocation location) {
    return issues
        .issue(finding, pointer)
        .map(
            builder -> {
              builder.recordType(recordType.code());
              if (!recordId.isBlank()) {
                builder.recordId(recordId);
              }
              if (location != null) {
                location.file().ifPresent(builder::file);
                location.line().ifPresent(builder::line);
                builder.recordIndex(location.recordIndex());
              }
              return builder.build();
            });
  }

  /** Turns a finding on a file as a whole into an issue, unless its rule is off. */
  Optional<Issue> fileIssue(Finding finding, String file) {
    return issues.issue(finding, "").map(builder -> builder.file(file).build());
  }

  /** Starts a report with the profile, reference date and division table of this validator. */
  Report.Builder reportBuilder() {
    Report.Builder builder = Report.builder();
    builder.profile(config.profile()).asOf(config.asOf()).divisionTable(divisionTable.vintage());
    return builder;
  }

  @Override
  public String toString() {
    return "ShegongValidator{" + config + "}";
  }
}
