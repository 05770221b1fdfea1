package org.shegong.validation;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.RecordType;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.core.subsidy.SubsidyPolicy;
import org.shegong.validation.internal.engine.KnownRules;
import org.shegong.validation.internal.engine.ModelValidatorFactory;

/**
 * How a {@link ShegongValidator} validates: profile, message locale, reference date, policies
 * (qualification, tier, subsidy), division table, extra service frameworks, known external ids and
 * per-rule severity overrides.
 *
 * <p>An immutable, {@link Serializable} record: engines such as Spark, Flink or Beam ship it to
 * their workers and rebuild the validator there with {@link ShegongValidator#create}. The reference
 * date is fixed when the configuration is built (today, unless set), so that a shipped
 * configuration validates identically everywhere. The division table is held as a location (the
 * bundled table, or a directory and vintage), not as data; the validator loads it. Build one with
 * {@link #builder()}; the canonical constructor checks and copies its arguments.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder()
 *     .profile(Profile.EXCHANGE)
 *     .locale(Locale.ENGLISH)
 *     .asOf(LocalDate.of(2024, 6, 30))
 *     .knownExternalIds(RecordType.AGENCY, Set.of("A-PROVINCE-1"))
 *     .severity("SG-CHD-014", SeverityOverride.ERROR)
 *     .build();
 * }</pre>
 *
 * @param profile the validation profile; {@link Profile#EXCHANGE} by default; not null
 * @param languageTag the message locale as an IETF language tag; {@code zh-CN} by default; not null
 * @param asOf the reference date of ages, future dates, visit intervals and registrations; not null
 * @param qualificationPolicy the qualification registration and continuing-education policy; not
 *     null
 * @param tierPolicy the visit intervals and review periods per risk tier; not null
 * @param subsidyPolicies the regional subsidy policies, carried for rules and tools that check
 *     entitlements; not null
 * @param divisionTableLocation the absolute directory of a user-supplied division table, or null
 *     for the bundled table
 * @param divisionTableVintage the vintage of the division table; not blank
 * @param extraFrameworks the service frameworks registered in addition to the built-in ones; not
 *     null
 * @param knownExternalIds the ids, per record type, of records known to exist outside the data
 *     validated; not null
 * @param knownExternalIdPrefixes the id prefixes, per record type, of such records; not null
 * @param strictCreditCodes whether unified social credit codes are checked strictly (SG-USC-003)
 * @param severityOverrides the severity an adopter gives a rule, by rule code, instead of the
 *     catalogue's; not null, every code a known rule
 * @since 0.1.0
 */
public record ValidationConfig(
    Profile profile,
    String languageTag,
    LocalDate asOf,
    QualificationPolicy qualificationPolicy,
    TierPolicy tierPolicy,
    List<SubsidyPolicy> subsidyPolicies,
    @Nullable String divisionTableLocation,
    String divisionTableVintage,
    List<ServiceFramework> extraFrameworks,
    Map<RecordType, Set<String>> knownExternalIds,
    Map<RecordType, Set<String>> knownExternalIdPrefixes,
    boolean strictCreditCodes,
    Map<String, SeverityOverride> severityOverrides)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  /**
   * Checks and copies the components; the builder is the usual way to call it.
   *
   * @param profile the validation profile; not null
   * @param languageTag the message locale as an IETF language tag; not null
   * @param asOf the reference date; not null
   * @param qualificationPolicy the qualification policy; not null
   * @param tierPolicy the tier policy; not null
   * @param subsidyPolicies the subsidy policies; not null, no null element
   * @param divisionTableLocation the directory of a user-supplied division table, or null
   * @param divisionTableVintage the vintage of the division table; not blank
   * @param extraFrameworks the extra frameworks; not null, no null element
   * @param knownExternalIds the known external ids per record type; not null
   * @param knownExternalIdPrefixes the known external id prefixes per record type; not null, no
   *     empty prefix
   * @param strictCreditCodes whether SG-USC-003 is checked
   * @param severityOverrides severity overrides by rule code; not null
   * @throws UnknownRuleException when an override names a code no rule has
   * @throws IllegalArgumentException when the vintage is blank or a prefix is empty
   */
  public ValidationConfig {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(languageTag, "languageTag");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(qualificationPolicy, "qualificationPolicy");
    Objects.requireNonNull(tierPolicy, "tierPolicy");
    subsidyPolicies = List.copyOf(subsidyPolicies);
    if (Objects.requireNonNull(divisionTableVintage, "divisionTableVintage").isBlank()) {
      throw new IllegalArgumentException("a division table needs a vintage");
    }
    extraFrameworks = List.copyOf(extraFrameworks);
    knownExternalIds = copy(knownExternalIds);
    knownExternalIdPrefixes = copy(knownExternalIdPrefixes);
    for (Set<String> prefixes : knownExternalIdPrefixes.values()) {
      if (prefixes.contains("")) {
        throw new IllegalArgumentException("an empty prefix would declare every id external");
      }
    }
    severityOverrides = Map.copyOf(severityOverrides);
    for (String code : severityOverrides.keySet()) {
      KnownRules.find(code).orElseThrow(() -> new UnknownRuleException(code));
    }
  }

  private static Map<RecordType, Set<String>> copy(Map<RecordType, Set<String>> map) {
    Map<RecordType, Set<String>> copy = new EnumMap<>(RecordType.class);
    map.forEach((type, ids) -> copy.put(type, Set.copyOf(ids)));
    return Map.copyOf(copy);
  }

  /**
   * Returns the default configuration: {@code EXCHANGE}, Chinese messages, today as reference date,
   * national qualification policy, bundled division table, built-in frameworks only, the
   * catalogue's severities.
   *
   * @return a new configuration with today's date, never null
   */
  public static ValidationConfig defaults() {
    return builder().build();
  }

  /**
   * Starts a configuration with the defaults of {@link #defaults()}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this configuration, to change some of it.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.profile = profile;
    builder.languageTag = languageTag;
    builder.asOf = asOf;
    builder.qualificationPolicy = qualificationPolicy;
    builder.tierPolicy = tierPolicy;
    builder.subsidyPolicies.addAll(subsidyPolicies);
    builder.divisionTableLocation = divisionTableLocation;
    builder.divisionTableVintage = divisionTableVintage;
    builder.extraFrameworks.addAll(extraFrameworks);
    knownExternalIds.forEach(builder::knownExternalIds);
    knownExternalIdPrefixes.forEach(
        (t, ids) -> ids.forEach(p -> builder.knownExternalIdPrefix(t, p)));
    builder.strictCreditCodes = strictCreditCodes;
    builder.severityOverrides.putAll(severityOverrides);
    return builder;
  }

  /**
   * Returns a copy with another profile.
   *
   * @param profile the profile; not null
   * @return the copy, never null
   */
  public ValidationConfig withProfile(Profile profile) {
    return toBuilder().profile(profile).build();
  }

  /**
   * Returns the message locale.
   *
   * @return the locale of {@link #languageTag()}, never null
   */
  public Locale locale() {
    return Locale.forLanguageTag(languageTag);
  }

  /**
   * Returns a copy with another message locale.
   *
   * @param locale Chinese ({@code zh}) or any other locale for English; not null
   * @return the copy, never null
   */
  public ValidationConfig withLocale(Locale locale) {
    return toBuilder().locale(locale).build();
  }

  /**
   * Returns a copy with another reference date.
   *
   * @param asOf the reference date; not null
   * @return the copy, never null
   */
  public ValidationConfig withAsOf(LocalDate asOf) {
    return toBuilder().asOf(asOf).build();
  }

  /**
   * Returns the directory of a user-supplied division table.
   *
   * @return the directory, or empty for the bundled table
   */
  public Optional<Path> divisionTableDirectory() {
    return Optional.ofNullable(divisionTableLocation).map(Path::of);
  }

  /**
   * Tells whether an id of a record type is declared as known external.
   *
   * @param type the record type; not null
   * @param id the id; not null
   * @return {@code true} when the id, or a prefix of it, is declared for the type
   */
  public boolean isKnownExternal(RecordType type, String id) {
    if (knownExternalIds.isEmpty() && knownExternalIdPrefixes.isEmpty()) {
      return false; // the usual case, asked for every reference of every record
    }
    if (knownExternalIds.getOrDefault(type, Set.of()).contains(id)) {
      return true;
    }
    for (String prefix : knownExternalIdPrefixes.getOrDefault(type, Set.of())) {
      if (id.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the severity a rule's issues get under this configuration: the override when there is
   * one, else the rule's severity in the profile.
   *
   * @param rule the rule; not null
   * @return the effective severity, or empty when the rule is turned off (or does not apply in the
   *     profile at all, as required fields in {@link Profile#DRAFT})
   */
  public Optional<Severity> effectiveSeverity(Rule rule) {
    if (profile == Profile.DRAFT && !rule.appliesToDrafts()) {
      return Optional.empty();
    }
    SeverityOverride override = severityOverrides.get(rule.code());
    return override == null ? Optional.of(rule.severityIn(profile)) : override.severity();
  }

  @Override
  public String toString() {
    return "ValidationConfig{profile="
        + profile
        + ", locale="
        + languageTag
        + ", asOf="
        + asOf
        + ", divisionTable="
        + divisionTableVintage
        + (divisionTableLocation == null ? " (bundled)" : " (" + divisionTableLocation + ")")
        + ", qualificationPolicy="
        + qualificationPolicy.name()
        + ", tierPolicy="
        + tierPolicy.name()
        + ", extraFrameworks="
        + extraFrameworks.size()
        + ", strictCreditCodes="
        + strictCreditCodes
        + ", severityOverrides="
        + new TreeMap<>(severityOverrides)
        + "}";
  }

  /**
   * Builds a {@link ValidationConfig}; obtained from {@link ValidationConfig#builder()} or {@link
   * ValidationConfig#toBuilder()}. Not thread-safe.
   *
   * <ul>
   *   <li>{@link #profile(Profile)}, {@link #locale(Locale)}, {@link #asOf(LocalDate)};
   *   <li>{@link #qualificationPolicy(QualificationPolicy)}, {@link #tierPolicy(TierPolicy)},
   *       {@link #addSubsidyPolicies(Collection)};
   *   <li>{@link #bundledDivisionTable()}, {@link #divisionTable(Path, String)};
   *   <li>{@link #addFramework(ServiceFramework)};
   *   <li>{@link #knownExternalIds(RecordType, Collection)}, {@link
   *       #knownExternalIdPrefix(RecordType, String)};
   *   <li>{@link #strictCreditCodes(boolean)};
   *   <li>{@link #severity(String, SeverityOverride)}, {@link #severityOverrides(Map)}.
   * </ul>
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private Profile profile = Profile.EXCHANGE;
    private String languageTag = "zh-CN";
    private @Nullable LocalDate asOf;
    private QualificationPolicy qualificationPolicy = QualificationPolicy.defaults();
    private TierPolicy tierPolicy = TierPolicy.defaults();
    private final List<SubsidyPolicy> subsidyPolicies = new ArrayList<>();
    private @Nullable String divisionTableLocation;
    private String divisionTableVintage = DivisionTable.BUNDLED_VINTAGE;
    private final List<ServiceFramework> extraFrameworks = new ArrayList<>();
    private final Map<RecordType, Set<String>> knownExternalIds = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Set<String>> knownExternalIdPrefixes =
        new EnumMap<>(RecordType.class);
    private boolean strictCreditCodes;
    private final Map<String, SeverityOverride> severityOverrides = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the validation profile.
     *
     * @param profile {@link Profile#EXCHANGE} (default) or {@link Profile#DRAFT}; not null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the message locale.
     *
     * @param locale Chinese ({@code zh}, the default) or any other locale for English; not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.languageTag = Objects.requireNonNull(locale, "locale").toLanguageTag();
      return this;
    }

    /**
     * Sets the reference date; by default the date the configuration is built, in China Standard
     * Time.
     *
     * @param asOf the reference date; not null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the qualification policy; {@link QualificationPolicy#defaults()} by default.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder qualificationPolicy(QualificationPolicy policy) {
      this.qualificationPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the policy of visit intervals and review periods per risk tier; {@link
     * TierPolicy#defaults()} by default.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder tierPolicy(TierPolicy policy) {
      this.tierPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds regional subsidy policies.
     *
     * @param policies the policies; not null, no null element
     * @return this builder
     */
    public Builder addSubsidyPolicies(Collection<SubsidyPolicy> policies) {
      policies.forEach(p -> subsidyPolicies.add(Objects.requireNonNull(p, "policy")));
      return this;
    }

    /**
     * Uses the division table bundled with {@code shegong-core} (the default).
     *
     * @return this builder
     */
    public Builder bundledDivisionTable() {
      this.divisionTableLocation = null;
      this.divisionTableVintage = DivisionTable.BUNDLED_VINTAGE;
      return this;
    }

    /**
     * Uses a division table supplied by the user, in the layout {@link DivisionTable#load(Path,
     * String)} reads; the validator loads it when it is created.
     *
     * @param directory the directory of the table's files; not null
     * @param vintage the table's vintage, shown in reports; not blank
     * @return this builder
     * @throws IllegalArgumentException when the vintage is blank
     */
    public Builder divisionTable(Path directory, String vintage) {
      Objects.requireNonNull(directory, "directory");
      if (Objects.requireNonNull(vintage, "vintage").isBlank()) {
        throw new IllegalArgumentException("a division table needs a vintage");
      }
      this.divisionTableLocation = directory.toAbsolutePath().toString();
      this.divisionTableVintage = vintage;
      return this;
    }

    /**
     * Registers a service framework in addition to the built-in ones; a framework with the same
     * code as a built-in one replaces it.
     *
     * @param framework the framework; not null
     * @return this builder
     */
    public Builder addFramework(ServiceFramework framework) {
      extraFrameworks.add(Objects.requireNonNull(framework, "framework"));
      return this;
    }

    /**
     * Declares ids of records of a type that exist outside the data validated: a reference to one
     * is not reported as dangling (SG-BAT-002).
     *
     * @param type the record type referred to; not null
     * @param ids the ids; not null, no null element
     * @return this builder
     */
    public Builder knownExternalIds(RecordType type, Collection<String> ids) {
      Set<String> set = knownExternalIds.computeIfAbsent(type, t -> new LinkedHashSet<>());
      ids.forEach(id -> set.add(Objects.requireNonNull(id, "id")));
      return this;
    }

    /**
     * Declares that every id of a type starting with a prefix belongs to a record that exists
     * outside the data validated.
     *
     * @param type the record type referred to; not null
     * @param prefix the prefix, for example {@code "EXT-"}; not empty
     * @return this builder
     * @throws IllegalArgumentException when the prefix is empty
     */
    public Builder knownExternalIdPrefix(RecordType type, String prefix) {
      if (Objects.requireNonNull(prefix, "prefix").isEmpty()) {
        throw new IllegalArgumentException("an empty prefix would declare every id external");
      }
      knownExternalIdPrefixes.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(prefix);
      return this;
    }

    /**
     * Checks unified social credit codes strictly, including the organisation code's check
     * character (SG-USC-003).
     *
     * @param strict {@code true} for strict checks; {@code false} by default
     * @return this builder
     */
    public Builder strictCreditCodes(boolean strict) {
      this.strictCreditCodes = strict;
      return this;
    }

    /**
     * Gives a rule another severity than the catalogue's, or turns it off, as a province whose
     * rules are stricter or looser does: an overdue tier-1 visit as an error, duplicate-phone
     * warnings off.
     *
     * <p>The override applies in every profile and to every issue of the rule in a batch, including
     * those a reader adds; a rule turned off reports nothing. A later call for the same code
     * replaces an earlier one.
     *
     * @param ruleCode the rule's code, for example {@code SG-CHD-014}; a rule on the class or
     *     module path; not null
     * @param severity the severity, or {@link SeverityOverride#OFF}; not null
     * @return this builder
     * @throws UnknownRuleException when no rule has the code
     */
    public Builder severity(String ruleCode, SeverityOverride severity) {
      Objects.requireNonNull(ruleCode, "ruleCode");
      Objects.requireNonNull(severity, "severity");
      KnownRules.find(ruleCode).orElseThrow(() -> new UnknownRuleException(ruleCode));
      severityOverrides.put(ruleCode, severity);
      return this;
    }

    /**
     * Adds several severity overrides, as {@link #severity(String, SeverityOverride)} does one.
     *
     * @param overrides the severities by rule code; not null
     * @return this builder
     * @throws UnknownRuleException when no rule has one of the codes
     */
    public Builder severityOverrides(Map<String, SeverityOverride> overrides) {
      overrides.forEach(this::severity);
      return this;
    }

    /**
     * Builds the configuration, fixing the reference date to today when none was set.
     *
     * @return the configuration, never null
     */
    public ValidationConfig build() {
      return new ValidationConfig(
          profile,
          languageTag,
          asOf != null ? asOf : LocalDate.now(ModelValidatorFactory.ZONE),
          qualificationPolicy,
          tierPolicy,
          subsidyPolicies,
          divisionTableLocation,
          divisionTableVintage,
          extraFrameworks,
          knownExternalIds,
          knownExternalIdPrefixes,
          strictCreditCodes,
          severityOverrides);
    }
  }
}
