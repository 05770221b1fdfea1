/**
 * Coverage of the station network (DESIGN.md §3.3): the share of a region's real township-level
 * units that have an active 乡镇(街道)社工站, and the share of a caller's villages that have an active
 * 村(居)社工室.
 *
 * <p>{@link org.shegong.core.coverage.CoverageCalculator} computes a {@link
 * org.shegong.core.coverage.TownshipCoverage} or a {@link
 * org.shegong.core.coverage.VillageCoverage} from a {@link org.shegong.core.division.DivisionTable}
 * and a collection of {@link org.shegong.core.model.Station}s. Both results have the same shape
 * ({@link org.shegong.core.coverage.Coverage}): covered and total counts, an exact ratio and
 * percentage (never a {@code double}), the covered and uncovered units in code order, and every
 * station that did not count with the {@link org.shegong.core.coverage.ExclusionReason} why.
 *
 * <p>Only 街道 (township digits 001–099), 镇 (100–199) and 乡 (200–399) are real township-level units;
 * 类似乡级单位 (400–599) and unclassified codes count neither in the denominator nor as covered.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.coverage;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
