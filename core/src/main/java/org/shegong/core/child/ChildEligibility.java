package org.shegong.core.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.shegong.core.child.ParentReading.State;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.model.Child;

/**
 * Decides whether a child meets the definition of each {@link ChildCategory} on a reference date,
 * as a pure function of the child's age, household registration and parents' situations.
 *
 * <p>The national definitions (see docs/domain.md, "Children in difficulty"):
 *
 * <ul>
 *   <li>{@link ChildCategory#ORPHAN 孤儿}: under 18; both parents deceased, or one deceased and the
 *       other declared missing, or both declared missing ({@code DECEASED}/{@code MISSING}).
 *   <li>{@link ChildCategory#DE_FACTO_UNSUPPORTED 事实无人抚养儿童} (民发〔2019〕62号, 民发〔2020〕125号): under 18;
 *       both parents in a qualifying situation, or one deceased or missing and the other in a
 *       qualifying situation. Qualifying: {@code SEVERE_DISABILITY}, {@code SERIOUS_ILLNESS},
 *       {@code IMPRISONED}, {@code COMPULSORY_DETOX}, {@code OTHER_RESTRICTION}, {@code
 *       LOST_CONTACT}, {@code GUARDIANSHIP_REVOKED}, {@code DEPORTED}. Both parents deceased or
 *       missing is an orphan, never de facto unsupported.
 *   <li>{@link ChildCategory#LEFT_BEHIND 农村留守儿童} (国发〔2016〕13号): <b>under 16</b>; rural household
 *       registration; both parents {@code MIGRANT_WORKER}, or one {@code MIGRANT_WORKER} and the
 *       other {@code NO_GUARDIAN_CAPACITY}. Only the recorded situation {@code
 *       NO_GUARDIAN_CAPACITY} counts as "without capacity to guard"; other situations are not read
 *       as such.
 *   <li>{@link ChildCategory#POVERTY}, {@link ChildCategory#DISABILITY}, {@link
 *       ChildCategory#GUARDIANSHIP} (困境儿童, 国发〔2016〕36号): the exchange data hold no facts for them
 *       beyond the age. Under 18 gives {@link EligibilityOutcome#UNDETERMINABLE} (with {@link
 *       ReasonCode#NOT_DERIVABLE_FROM_EXCHANGE_DATA}), 18 or over {@link
 *       EligibilityOutcome#NOT_ELIGIBLE}.
 * </ul>
 *
 * <p><b>Six-month situations.</b> {@code IMPRISONED}, {@code COMPULSORY_DETOX} and {@code
 * OTHER_RESTRICTION} count when the situation holds on {@code asOf} and either it has lasted six
 * months ({@code since.plusMonths(6)} on or before {@code asOf}) or its known term is six months or
 * more ({@code since.plusMonths(6)} on or before {@code until}): the policy sets "期限在6个月以上", so a
 * two-year sentence counts from its first day. {@code LOST_CONTACT} ("失去联系且未履行监护抚养责任6个月以上") counts
 * only when it has lasted six months by {@code asOf}. Without {@code since} the six months cannot
 * be checked: {@link ReasonCode#SINCE_NOT_RECORDED}. A situation that has ended ({@code until}
 * before {@code asOf}) or not begun ({@code since} after {@code asOf}) does not count, for any
 * situation. See the {@linkplain org.shegong.core.child package documentation} for month ends.
 *
 * <p><b>Parents.</b> A child's {@code parents} list may have at most one {@code FATHER} and one
 * {@code MOTHER} entry. A missing entry, or one without a situation, means "not recorded" (never
 * {@code PRESENT}): the parent could be in any situation. A repeated relation, or an entry without
 * relation, makes both parents unknown ({@link ReasonCode#PARENTS_AMBIGUOUS}).
 *
 * <p><b>Outcome.</b> A condition that is false for every situation the unknown parents could be in
 * makes the outcome {@link EligibilityOutcome#NOT_ELIGIBLE}; otherwise a condition that cannot be
 * decided makes it {@link EligibilityOutcome#UNDETERMINABLE}; otherwise it is {@link
 * EligibilityOutcome#ELIGIBLE}. The age is the {@link ChildAge} of the child: from the birth date,
 * or from the citizen ID without one.
 *
 * @since 0.1.0
 */
public final class ChildEligibility {

  private static final Set<State> ORPHAN_STATES = EnumSet.of(State.GONE);
  private static final Set<State> DE_FACTO_STATES = EnumSet.of(State.GONE, State.QUALIFYING);
  private static final Set<State> LEFT_BEHIND_STATES = EnumSet.of(State.MIGRANT, State.NO_CAPACITY);

  private ChildEligibility() {}

  /**
   * Assesses a child against every category.
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return an unmodifiable map with one entry per {@link ChildCategory}, in declaration order
   */
  public static Map<ChildCategory, Eligibility> assessAll(Child child, LocalDate asOf) {
    Map<ChildCategory, Eligibility> all = new EnumMap<>(ChildCategory.class);
    for (ChildCategory category : ChildCategory.values()) {
      all.put(category, assess(category, child, asOf));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Assesses a child against one category.
   *
   * @param category the category; not null
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the eligibility, never null
   */
  public static Eligibility assess(ChildCategory category, Child child, LocalDate asOf) {
    Objects.requireNonNull(category, "category");
    switch (category) {
      case ORPHAN:
        return orphan(child, asOf);
      case DE_FACTO_UNSUPPORTED:
        return deFactoUnsupported(child, asOf);
      case LEFT_BEHIND:
        return leftBehind(child, asOf);
      default:
        return inDifficulty(category, child, asOf);
    }
  }

  /**
   * Assesses a child against {@link ChildCategory#ORPHAN 孤儿}.
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the eligibility, never null
   */
  public static Eligibility orphan(Child child, LocalDate asOf) {
    return assessParents(
        ChildCategory.ORPHAN,
        child,
        asOf,
        18,
        false,
        ORPHAN_STATES,
        (f, m) -> f == State.GONE && m == State.GONE);
  }

  /**
   * Assesses a child against {@link ChildCategory#DE_FACTO_UNSUPPORTED 事实无人抚养儿童}.
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the eligibility, never null
   */
  public static Eligibility deFactoUnsupported(Child child, LocalDate asOf) {
    return assessParents(
        ChildCategory.DE_FACTO_UNSUPPORTED,
        child,
        asOf,
        18,
        false,
        DE_FACTO_STATES,
        (f, m) ->
            DE_FACTO_STATES.contains(f)
                && DE_FACTO_STATES.contains(m)
                && !(f == State.GONE && m == State.GONE));
  }

  /**
   * Assesses a child against {@link ChildCategory#LEFT_BEHIND 农村留守儿童} (under 16).
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the eligibility, never null
   */
  public static Eligibility leftBehind(Child child, LocalDate asOf) {
    return assessParents(
        ChildCategory.LEFT_BEHIND,
        child,
        asOf,
        16,
        true,
        LEFT_BEHIND_STATES,
        (f, m) ->
            (f == State.MIGRANT && LEFT_BEHIND_STATES.contains(m))
                || (m == State.MIGRANT && LEFT_BEHIND_STATES.contains(f)));
  }

  private static Eligibility inDifficulty(ChildCategory category, Child child, LocalDate asOf) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(asOf, "asOf");
    List<EligibilityReason> reasons = new ArrayList<>();
    Optional<Boolean> age = ageFinding(child, asOf, 18, reasons);
    reasons.add(
        EligibilityReason.of(
            ReasonCode.NOT_DERIVABLE_FROM_EXCHANGE_DATA, null, EligibilityOutcome.UNDETERMINABLE));
    EligibilityOutcome outcome =
        age.isPresent() && !age.get()
            ? EligibilityOutcome.NOT_ELIGIBLE
            : EligibilityOutcome.UNDETERMINABLE;
    return new Eligibility(category, asOf, outcome, reasons);
  }

  private static Eligibility assessParents(
      ChildCategory category,
      Child child,
      LocalDate asOf,
      int ageLimit,
      boolean needsRuralHousehold,
      Set<State> favourable,
      BiPredicate<State, State> rule) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(asOf, "asOf");
    List<EligibilityReason> reasons = new ArrayList<>();
    List<Optional<Boolean>> conditions = new ArrayList<>();
    conditions.add(ageFinding(child, asOf, ageLimit, reasons));
    if (needsRuralHousehold) {
      Optional<Boolean> rural = child.ruralHousehold();
      reasons.add(
          rural.isEmpty()
              ? reason(ReasonCode.RURAL_HOUSEHOLD_NOT_RECORDED, EligibilityOutcome.UNDETERMINABLE)
              : rural.get()
                  ? reason(ReasonCode.RURAL_HOUSEHOLD, EligibilityOutcome.ELIGIBLE)
                  : reason(ReasonCode.NOT_RURAL_HOUSEHOLD, EligibilityOutcome.NOT_ELIGIBLE));
      conditions.add(rural);
    }
    Optional<ParentReading[]> both = ParentReading.readBoth(child.parents(), asOf);
    if (both.isEmpty()) {
      reasons.add(reason(ReasonCode.PARENTS_AMBIGUOUS, EligibilityOutcome.UNDETERMINABLE));
      conditions.add(Optional.empty());
    } else {
      ParentReading father = both.get()[0];
      ParentReading mother = both.get()[1];
      reasons.add(parentFinding(father, favourable));
      reasons.add(parentFinding(mother, favourable));
      Optional<Boolean> parents = decide(father.possible, mother.possible, rule);
      conditions.add(parents);
      if (parents.isPresent() && !parents.get()) {
        combinationFinding(category, father, mother).ifPresent(reasons::add);
      }
    }
    return new Eligibility(category, asOf, combine(conditions), reasons);
  }

  private static Optional<Boolean> ageFinding(
      Child child, LocalDate asOf, int limit, List<EligibilityReason> reasons) {
    Optional<Boolean> under = ChildAge.of(child, asOf).isUnder(limit);
    ReasonCode code;
    if (under.isEmpty()) {
      code = ReasonCode.AGE_UNKNOWN;
    } else if (limit == 16) {
      code = under.get() ? ReasonCode.UNDER_16 : ReasonCode.AGED_16_OR_OVER;
    } else {
      code = under.get() ? ReasonCode.UNDER_18 : ReasonCode.AGED_18_OR_OVER;
    }
    reasons.add(reason(code, effectOf(under)));
    return under;
  }

  // The rule is true, false or undecided over every state the two parents could be in.
  private static Optional<Boolean> decide(
      Set<State> father, Set<State> mother, BiPredicate<State, State> rule) {
    boolean anyTrue = false;
    boolean anyFalse = false;
    for (State f : father) {
      for (State m : mother) {
        if (rule.test(f, m)) {
          anyTrue = true;
        } else {
          anyFalse = true;
        }
      }
    }
    return anyTrue == anyFalse ? Optional.empty() : Optional.of(anyTrue);
  }

  private static EligibilityReason parentFinding(ParentReading parent, Set<State> favourable) {
    Optional<Boolean> supports;
    if (favourable.containsAll(parent.possible)) {
      supports = Optional.of(true);
    } else if (Collections.disjoint(favourable, parent.possible)) {
      supports = Optional.of(false);
    } else {
      supports = Optional.empty();
    }
    ReasonCode code;
    if (supports.isEmpty()) {
      // a reading is uncertain only for a reason: no situation, or no start date
      code = Objects.requireNonNull(parent.cause, "an uncertain reading has a cause");
    } else if (supports.get()) {
      code = positive(parent.possible.iterator().next());
    } else if (parent.cause != null && favourable.contains(parent.nominal)) {
      code = parent.cause;
    } else {
      code = negative(favourable);
    }
    return EligibilityReason.of(code, parent.relation, effectOf(supports));
  }

  private static ReasonCode positive(State state) {
    switch (state) {
      case GONE:
        return ReasonCode.PARENT_DECEASED_OR_MISSING;
      case QUALIFYING:
        return ReasonCode.PARENT_IN_QUALIFYING_SITUATION;
      case MIGRANT:
        return ReasonCode.PARENT_MIGRANT_WORKER;
      default:
        return ReasonCode.PARENT_WITHOUT_GUARDIAN_CAPACITY;
    }
  }

  private static ReasonCode negative(Set<State> favourable) {
    if (favourable.equals(ORPHAN_STATES)) {
      return ReasonCode.PARENT_NOT_DECEASED_OR_MISSING;
    }
    if (favourable.equals(DE_FACTO_STATES)) {
      return ReasonCode.PARENT_NOT_IN_QUALIFYING_SITUATION;
    }
    return ReasonCode.PARENT_NEITHER_MIGRANT_NOR_WITHOUT_CAPACITY;
  }

  // Both parents support the category one by one, yet their combination does not.
  private static Optional<EligibilityReason> combinationFinding(
      ChildCategory category, ParentReading father, ParentReading mother) {
    Set<State> single = EnumSet.noneOf(State.class);
    if (father.possible.size() != 1 || mother.possible.size() != 1) {
      return Optional.empty();
    }
    single.addAll(father.possible);
    single.addAll(mother.possible);
    if (category == ChildCategory.DE_FACTO_UNSUPPORTED && single.equals(ORPHAN_STATES)) {
      return Optional.of(
          reason(ReasonCode.BOTH_PARENTS_DECEASED_OR_MISSING, EligibilityOutcome.NOT_ELIGIBLE));
    }
    if (category == ChildCategory.LEFT_BEHIND && single.equals(EnumSet.of(State.NO_CAPACITY))) {
      return Optional.of(
          reason(ReasonCode.NO_PARENT_MIGRANT_WORKER, EligibilityOutcome.NOT_ELIGIBLE));
    }
    return Optional.empty();
  }

  private static EligibilityOutcome combine(List<Optional<Boolean>> conditions) {
    boolean undecided = false;
    for (Optional<Boolean> condition : conditions) {
      if (condition.isEmpty()) {
        undecided = true;
      } else if (!condition.get()) {
        return EligibilityOutcome.NOT_ELIGIBLE;
      }
    }
    return undecided ? EligibilityOutcome.UNDETERMINABLE : EligibilityOutcome.ELIGIBLE;
  }

  private static EligibilityOutcome effectOf(Optional<Boolean> supports) {
    if (supports.isEmpty()) {
      return EligibilityOutcome.UNDETERMINABLE;
    }
    return supports.get() ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.NOT_ELIGIBLE;
  }

  private static EligibilityReason reason(ReasonCode code, EligibilityOutcome effect) {
    return EligibilityReason.of(code, null, effect);
  }
}
