package org.shegong.core.child;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.model.Parent;

// What one parent's entry says on the reference date, reduced to the states that matter to the
// category rules. A parent whose state is not known has several possible states: a missing entry
// could be any state, a six-month situation without a start date is QUALIFYING or OTHER.
final class ParentReading {

  enum State {
    /** Deceased or declared missing. */
    GONE,
    /** One of the eight 事实无人抚养 situations, six months reached where required. */
    QUALIFYING,
    MIGRANT,
    NO_CAPACITY,
    /** Anything else: present, ended, not begun, under six months. */
    OTHER
  }

  static final Set<State> ALL = EnumSet.allOf(State.class);

  final ParentRelation relation;
  final Set<State> possible;
  // the state the situation names when it holds; null when not recorded
  final @Nullable State nominal;
  // why the state is not the nominal one, or why it is unknown; null when it is the nominal one
  final @Nullable ReasonCode cause;

  private ParentReading(
      ParentRelation relation,
      Set<State> possible,
      @Nullable State nominal,
      @Nullable ReasonCode cause) {
    this.relation = relation;
    this.possible = possible;
    this.nominal = nominal;
    this.cause = cause;
  }

  static ParentReading unknown(ParentRelation relation, ReasonCode cause) {
    return new ParentReading(relation, ALL, null, cause);
  }

  /** Reads the entry of one parent; see the package documentation for the day semantics. */
  static ParentReading read(ParentRelation relation, Parent parent, LocalDate asOf) {
    Optional<ParentSituation> situation = parent.situation();
    if (situation.isEmpty()) {
      return unknown(relation, ReasonCode.PARENT_NOT_RECORDED);
    }
    ParentSituation s = situation.get();
    State nominal = nominal(s);
    Optional<LocalDate> since = parent.since();
    Optional<LocalDate> until = parent.until();
    if (since.isPresent() && since.get().isAfter(asOf)) {
      return of(relation, State.OTHER, nominal, ReasonCode.SITUATION_NOT_YET_BEGUN);
    }
    if (until.isPresent() && until.get().isBefore(asOf)) {
      return of(relation, State.OTHER, nominal, ReasonCode.SITUATION_ENDED);
    }
    if (!s.requiresSixMonths()) {
      return of(relation, nominal, nominal, null);
    }
    if (since.isEmpty()) {
      return new ParentReading(
          relation,
          EnumSet.of(State.QUALIFYING, State.OTHER),
          nominal,
          ReasonCode.SINCE_NOT_RECORDED);
    }
    LocalDate sixMonths = since.get().plusMonths(6);
    boolean lasted = !sixMonths.isAfter(asOf);
    boolean termOfSixMonths =
        s != ParentSituation.LOST_CONTACT && until.isPresent() && !sixMonths.isAfter(until.get());
    if (lasted || termOfSixMonths) {
      return of(relation, State.QUALIFYING, nominal, null);
    }
    return of(relation, State.OTHER, nominal, ReasonCode.SIX_MONTHS_NOT_REACHED);
  }

  private static ParentReading of(
      ParentRelation relation, State state, State nominal, @Nullable ReasonCode cause) {
    return new ParentReading(relation, EnumSet.of(state), nominal, cause);
  }

  static State nominal(ParentSituation situation) {
    switch (situation) {
      case DECEASED:
      case MISSING:
        return State.GONE;
      case SEVERE_DISABILITY:
      case SERIOUS_ILLNESS:
      case IMPRISONED:
      case COMPULSORY_DETOX:
      case OTHER_RESTRICTION:
      case LOST_CONTACT:
      case GUARDIANSHIP_REVOKED:
      case DEPORTED:
        return State.QUALIFYING;
      case MIGRANT_WORKER:
        return State.MIGRANT;
      case NO_GUARDIAN_CAPACITY:
        return State.NO_CAPACITY;
      default:
        return State.OTHER;
    }
  }

  /**
   * Reads father and mother from a child's parent entries; index 0 is the father, 1 the mother.
   * Returns empty when the entries are ambiguous (a relation repeated, or an entry without one).
   */
  static Optional<ParentReading[]> readBoth(List<Parent> parents, LocalDate asOf) {
    Parent father = null;
    Parent mother = null;
    for (Parent parent : parents) {
      Optional<ParentRelation> relation = parent.relation();
      if (relation.isEmpty()) {
        return Optional.empty();
      }
      if (relation.get() == ParentRelation.FATHER) {
        if (father != null) {
          return Optional.empty();
        }
        father = parent;
      } else {
        if (mother != null) {
          return Optional.empty();
        }
        mother = parent;
      }
    }
    return Optional.of(
        new ParentReading[] {
          father == null
              ? unknown(ParentRelation.FATHER, ReasonCode.PARENT_NOT_RECORDED)
              : read(ParentRelation.FATHER, father, asOf),
          mother == null
              ? unknown(ParentRelation.MOTHER, ReasonCode.PARENT_NOT_RECORDED)
              : read(ParentRelation.MOTHER, mother, asOf)
        });
  }
}
