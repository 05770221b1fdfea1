package org.shegong.testing.assertions;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.RiskTier;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;

/**
 * Assertions on a {@link Child} record. Failure messages name the child by record id only, never by
 * name or citizen ID.
 *
 * @since 0.1.0
 */
public final class ChildAssert extends AbstractAssert<ChildAssert, Child> {

  ChildAssert(Child actual) {
    super(actual, ChildAssert.class);
  }

  private String who() {
    return "child " + (actual.id().isBlank() ? "(no id)" : actual.id());
  }

  /**
   * Checks the risk tier of the classification.
   *
   * @param tier the expected tier; not null
   * @return this assertion, never null
   */
  public ChildAssert hasTier(RiskTier tier) {
    Objects.requireNonNull(tier, "tier");
    isNotNull();
    Optional<RiskTier> found = actual.classification().flatMap(Classification::tier);
    if (!found.equals(Optional.of(tier))) {
      failWithMessage(
          "%s",
          "Expected "
              + who()
              + " to have tier "
              + tier
              + " but it has "
              + found.map(RiskTier::name).orElse("no tier"));
    }
    return this;
  }

  /**
   * Checks that the child has the given categories, and maybe others.
   *
   * @param categories the categories the child must have
   * @return this assertion, never null
   */
  public ChildAssert hasCategory(ChildCategory... categories) {
    isNotNull();
    Set<ChildCategory> missing = EnumSet.noneOf(ChildCategory.class);
    missing.addAll(Arrays.asList(categories));
    actual.categories().forEach(missing::remove);
    if (!missing.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected "
              + who()
              + " to have categories "
              + missing
              + " but it has "
              + actual.categories());
    }
    return this;
  }

  /**
   * Checks that the child has exactly the given categories, in any order.
   *
   * @param categories the expected categories; none means "no category"
   * @return this assertion, never null
   */
  public ChildAssert hasOnlyCategories(ChildCategory... categories) {
    isNotNull();
    Set<ChildCategory> expected = EnumSet.noneOf(ChildCategory.class);
    expected.addAll(Arrays.asList(categories));
    Set<ChildCategory> found = EnumSet.noneOf(ChildCategory.class);
    found.addAll(actual.categories());
    if (!found.equals(expected)) {
      failWithMessage(
          "%s",
          "Expected "
              + who()
              + " to have only categories "
              + expected
              + " but it has "
              + actual.categories());
    }
    return this;
  }

  /**
   * Checks that the child has a care plan.
   *
   * @return this assertion, never null
   */
  public ChildAssert hasCarePlan() {
    isNotNull();
    if (actual.carePlan().isEmpty()) {
      failWithMessage("%s", "Expected " + who() + " to have a care plan but it has none");
    }
    return this;
  }

  /**
   * Checks the child's age in completed years at a date, from the birth date or else from the
   * citizen ID.
   *
   * @param asOf the date; not null
   * @param years the expected age
   * @return this assertion, never null
   */
  public ChildAssert isAgedOn(LocalDate asOf, int years) {
    Objects.requireNonNull(asOf, "asOf");
    isNotNull();
    Optional<LocalDate> birth =
        actual
            .birthDate()
            .or(() -> actual.citizenId().filter(CitizenId::isValid).map(CitizenId::birthDate));
    if (birth.isEmpty()) {
      failWithMessage(
          "%s", "Expected " + who() + " to be aged " + years + " but its age is unknown");
    } else if (birth.get().isAfter(asOf) || Period.between(birth.get(), asOf).getYears() != years) {
      failWithMessage(
          "%s",
          "Expected "
              + who()
              + " to be aged "
              + years
              + " on "
              + asOf
              + " but it is aged "
              + (birth.get().isAfter(asOf)
                  ? "less than 0"
                  : Period.between(birth.get(), asOf).getYears()));
    }
    return this;
  }
}
