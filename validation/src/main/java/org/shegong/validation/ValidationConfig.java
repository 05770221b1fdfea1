package org.shegong.validation;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.RecordType;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.core.subsidy.SubsidyPolicy;
import org.shegong.validation.internal.engine.ModelValidatorFactory;

/**
 * How a {@link ShegongValidator} validates: profile, message locale, reference date, policies
 * (qualification, tier, subsidy), division table, extra service frameworks and known external ids.
 *
 * <p>An immutable, {@link Serializable} value: engines such as Spark, Flink or Beam ship it to
 * their workers and rebuild the validator there with {@link ShegongValidator#create}. The reference
 * date is fixed when the configuration is built (today, unless set), so that a shipped
 * configuration validates identically everywhere. The division table is held as a location (the
 * bundled table, or a directory and vintage), not as data; the validator loads it.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder()
 *     .profile(Profile.EXCHANGE)
 *     .locale(Locale.ENGLISH)
 *     .asOf(LocalDate.of(2024, 6, 30))
 *     .knownExternalIds(RecordType.AGENCY, Set.of("A-PROVINCE-1"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Profile profile;
  private final String languageTag;
  private final LocalDate asOf;
  private final QualificationPolicy qualificationPolicy;
  private final TierPolicy tierPolicy;
  private final List<SubsidyPolicy> subsidyPolicies;
  private final String divisionTableDirectory;
  private final String divisionTableVintage;
  private final List<ServiceFramework> extraFrameworks;
  private final Map<RecordType, Set<String>> knownExternalIds;
  private final Map<RecordType, Set<String>> knownExternalIdPrefixes;
  private final boolean strictCreditCodes;

  private ValidationConfig(Builder builder) {
    this.profile = builder.profile;
    this.languageTag = builder.languageTag;
    this.asOf = builder.asOf != null ? builder.asOf : LocalDate.now(ModelValidatorFactory.ZONE);
    this.qualificationPolicy = builder.qualificationPolicy;
    this.tierPolicy = builder.tierPolicy;
    this.subsidyPolicies = List.copyOf(builder.subsidyPolicies);
    this.divisionTableDirectory = builder.divisionTableDirectory;
    this.divisionTableVintage = builder.divisionTableVintage;
    this.extraFrameworks = List.copyOf(builder.extraFrameworks);
    this.knownExternalIds = copy(builder.knownExternalIds);
    this.knownExternalIdPrefixes = copy(builder.knownExternalIdPrefixes);
    this.strictCreditCodes = builder.strictCreditCodes;
  }

  private static Map<RecordType, Set<String>> copy(Map<RecordType, Set<String>> map) {
    Map<RecordType, Set<String>> copy = new EnumMap<>(RecordType.class);
    map.forEach(
        (type, ids) -> copy.put(type, Collections.unmodifiableSet(new LinkedHashSet<>(ids))));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the default configuration: {@code EXCHANGE}, Chinese messages, today as reference date,
   * national qualification policy, bundled division table, built-in frameworks only.
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
    builder.divisionTableDirectory = divisionTableDirectory;
    builder.divisionTableVintage = divisionTableVintage;
    builder.extraFrameworks.addAll(extraFrameworks);
    knownExternalIds.forEach((t, ids) -> builder.knownExternalIds(t, ids));
    knownExternalIdPrefixes.forEach(
        (t, ids) -> ids.forEach(p -> builder.knownExternalIdPrefix(t, p)));
    builder.strictCreditCodes = strictCreditCodes;
    return builder;
  }

  /**
   * Returns the validation profile.
   *
   * @return {@link Profile#EXCHANGE} by default, never null
   */
  public Profile profile() {
    return profile;
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
   * Returns the message locale as an IETF language tag.
   *
   * @return {@code zh-CN} by default, never null
   */
  public String languageTag() {
    return languageTag;
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
   * Returns the reference date of ages, future dates, visit intervals and registrations.
   *
   * @return the date, fixed when the configuration was built; never null
   */
  public LocalDate asOf() {
    return asOf;
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
   * Returns the qualification registration and continuing-education policy.
   *
   * @return {@link QualificationPolicy#defaults()} by default, never null
   */
  public QualificationPolicy qualificationPolicy() {
    return qualificationPolicy;
  }

  /**
   * Returns the policy of visit intervals and review periods per risk tier, which the child rules
   * apply and name in their messages.
   *
   * @return {@link TierPolicy#defaults()} by default, never null
   */
  public TierPolicy tierPolicy() {
    return tierPolicy;
  }

  /**
   * Returns the regional subsidy policies, carried for rules and tools that check entitlements.
   *
   * @return an unmodifiable list, empty by default; never null
   */
  public List<SubsidyPolicy> subsidyPolicies() {
    return subsidyPolicies;
  }

  /**
   * Returns the directory of a user-supplied division table.
   *
   * @return the directory, or empty for the bundled table
   */
  public Optional<Path> divisionTableDirectory() {
    return Optional.ofNullable(divisionTableDirectory).map(Path::of);
  }

  /**
   * Returns the vintage of the division table.
   *
   * @return {@value DivisionTable#BUNDLED_VINTAGE} for the bundled table, never null
   */
  public String divisionTableVintage() {
    return divisionTableVintage;
  }

  /**
   * Returns the service frameworks registered in addition to the built-in ones.
   *
   * @return an unmodifiable list, empty by default; never null
   */
  public List<ServiceFramework> extraFrameworks() {
    return extraFrameworks;
  }

  /**
   * Returns the ids, per record type, of records known to exist outside the data validated: a
   * reference to one is not reported as dangling (SG-BAT-002).
   *
   * @return an unmodifiable map, empty by default; never null
   */
  public Map<RecordType, Set<String>> knownExternalIds() {
    return knownExternalIds;
  }

  /**
   * Returns the id prefixes, per record type, of records known to exist outside the data validated.
   *
   * @return an unmodifiable map, empty by default; never null
   */
  public Map<RecordType, Set<String>> knownExternalIdPrefixes() {
    return knownExternalIdPrefixes;
  }

  /**
   * Tells whether an id of a record type is declared as known external.
   *
   * @param type the record type; not null
   * @param id the id; not null
   * @return {@code true} when the id, or a prefix of it, is declared for the type
   */
  public boolean isKnownExternal(RecordType type, String id) {
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
   * Tells whether unified social credit codes are checked strictly, including the organisation
   * code's check character (SG-USC-003).
   *
   * @return {@code false} by default
   */
  public boolean strictCreditCodes() {
    return strictCreditCodes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationConfig o
        && profile == o.profile
        && languageTag.equals(o.languageTag)
        && asOf.equals(o.asOf)
        && qualificationPolicy.equals(o.qualificationPolicy)
        && tierPolicy.equals(o.tierPolicy)
        && subsidyPolicies.equals(o.subsidyPolicies)
        && Objects.equals(divisionTableDirectory, o.divisionTableDirectory)
        && divisionTableVintage.equals(o.divisionTableVintage)
        && extraFrameworks.equals(o.extraFrameworks)
        && knownExternalIds.equals(o.knownExternalIds)
        && knownExternalIdPrefixes.equals(o.knownExternalIdPrefixes)
        && strictCreditCodes == o.strictCreditCodes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        profile,
        languageTag,
        asOf,
        qualificationPolicy,
        tierPolicy,
        subsidyPolicies,
        divisionTableDirectory,
        divisionTableVintage,
        extraFrameworks,
        knownExternalIds,
        knownExternalIdPrefixes,
        strictCreditCodes);
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
        + (divisionTableDirectory == null ? " (bundled)" : " (" + divisionTableDirectory + ")")
        + ", qualificationPolicy="
        + qualificationPolicy.name()
        + ", tierPolicy="
        + tierPolicy.name()
        + ", extraFrameworks="
        + extraFrameworks.size()
        + ", strictCreditCodes="
        + strictCreditCodes
        + "}";
  }

  /**
   * Builds a {@link ValidationConfig}; obtained from {@link ValidationConfig#builder()} or {@link
   * ValidationConfig#toBuilder()}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private Profile profile = Profile.EXCHANGE;
    private String languageTag = "zh-CN";
    private LocalDate asOf;
    private QualificationPolicy qualificationPolicy = QualificationPolicy.defaults();
    private TierPolicy tierPolicy = TierPolicy.defaults();
    private final List<SubsidyPolicy> subsidyPolicies = new ArrayList<>();
    private String divisionTableDirectory;
    private String divisionTableVintage = DivisionTable.BUNDLED_VINTAGE;
    private final List<ServiceFramework> extraFrameworks = new ArrayList<>();
    private final Map<RecordType, Set<String>> knownExternalIds = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Set<String>> knownExternalIdPrefixes =
        new EnumMap<>(RecordType.class);
    private boolean strictCreditCodes;

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
     * Sets the reference date; by default the date the configuration is built.
     *
     * @param asOf the reference date; not null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the qualification policy.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder qualificationPolicy(QualificationPolicy policy) {
      this.qualificationPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the policy of visit intervals and review periods per risk tier.
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
     * @param policies the policies; not null
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
      this.divisionTableDirectory = null;
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
     */
    public Builder divisionTable(Path directory, String vintage) {
      Objects.requireNonNull(directory, "directory");
      if (Objects.requireNonNull(vintage, "vintage").isBlank()) {
        throw new IllegalArgumentException("a division table needs a vintage");
      }
      this.divisionTableDirectory = directory.toAbsolutePath().toString();
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
     * Declares ids of records of a type that exist outside the data validated.
     *
     * @param type the record type referred to; not null
     * @param ids the ids; not null
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
     * Builds the configuration, fixing the reference date to today when none was set.
     *
     * @return the configuration, never null
     */
    public ValidationConfig build() {
      return new ValidationConfig(this);
    }
  }
}
