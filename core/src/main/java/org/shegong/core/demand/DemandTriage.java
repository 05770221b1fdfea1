package org.shegong.core.demand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.model.Demand;

/**
 * The triage order of the demand list (需求清单): most urgent first, then most difficult, then by id.
 *
 * <p>The {@linkplain #comparator() comparator} orders by
 *
 * <ol>
 *   <li>{@code urgency}, highest first; a demand without urgency after every demand with one;
 *   <li>then {@code difficulty}, highest first; a demand without difficulty after every demand with
 *       one of the same urgency;
 *   <li>then {@code id}, in {@link String#compareTo(String)} order (so an empty id comes first).
 * </ol>
 *
 * <p>Values outside 1–3 are compared as the numbers they are (an urgency of 7 comes before 3);
 * reporting them is validation's job. Status is not considered: filter the demands first if only
 * open ones should be triaged. Two demands with the same urgency, difficulty and id compare as
 * equal, and {@link #order(Collection)} keeps them in the order given (the sort is stable).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DemandTriage {

  private static final Comparator<Demand> COMPARATOR =
      Comparator.comparing((Demand demand) -> demand.urgency(), DemandTriage::highestFirst)
          .thenComparing(demand -> demand.difficulty(), DemandTriage::highestFirst)
          .thenComparing(Demand::id);

  private DemandTriage() {}

  /**
   * Returns the triage comparator described by the class documentation.
   *
   * @return the comparator, never null; it throws {@link NullPointerException} on a null demand
   */
  public static Comparator<Demand> comparator() {
    return COMPARATOR;
  }

  /**
   * Returns the demands in triage order.
   *
   * @param demands the demands, in any order; not null, no null elements
   * @return a new unmodifiable list in triage order, never null
   */
  public static List<Demand> order(Collection<Demand> demands) {
    Objects.requireNonNull(demands, "demands");
    List<Demand> ordered = new ArrayList<>(demands);
    for (Demand demand : ordered) {
      Objects.requireNonNull(demand, "demand");
    }
    ordered.sort(COMPARATOR);
    return Collections.unmodifiableList(ordered);
  }

  private static int highestFirst(Optional<Integer> a, Optional<Integer> b) {
    if (a.isPresent() && b.isPresent()) {
      return Integer.compare(b.get(), a.get());
    }
    return Boolean.compare(a.isEmpty(), b.isEmpty());
  }
}
