package org.shegong.testing.internal;

import java.util.ArrayList;
import java.util.List;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionTable;

/**
 * The counties of the bundled division table that have at least one real township-level unit (街道, 镇
 * or 乡), with those units: the places the sample data is set in.
 *
 * @since 0.1.0
 */
public final class Geography {

  /**
   * A county with its real township-level units.
   *
   * @param code the 6-digit county code
   * @param name the county's name
   * @param townships the real township-level units (街道, 镇, 乡), never empty
   * @since 0.1.0
   */
  public record County(String code, String name, List<Township> townships) {}

  /**
   * A real township-level unit.
   *
   * @param code the 9-digit township code
   * @param name the township's name
   * @since 0.1.0
   */
  public record Township(String code, String name) {}

  private static final class Holder {
    static final List<County> COUNTIES = load(DivisionTable.bundled());
  }

  private Geography() {}

  /**
   * Returns the counties of the bundled table with at least one real township, in code order.
   *
   * @return an unmodifiable list, loaded on first use
   */
  public static List<County> counties() {
    return Holder.COUNTIES;
  }

  private static List<County> load(DivisionTable table) {
    List<County> counties = new ArrayList<>(3000);
    for (Division province : table.provinces()) {
      for (Division city : table.children(province.code())) {
        for (Division county : table.children(city.code())) {
          List<Township> townships = new ArrayList<>();
          for (Division township : table.children(county.code())) {
            if (township
                .townshipKind()
                .map(k -> k.countsAsTownshipAdministration())
                .orElse(false)) {
              townships.add(new Township(township.code().value(), township.name()));
            }
          }
          if (!townships.isEmpty()) {
            counties.add(new County(county.code().value(), county.name(), List.copyOf(townships)));
          }
        }
      }
    }
    return List.copyOf(counties);
  }
}
