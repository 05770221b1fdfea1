/**
 * Coverage of the station network (docs/domain.md, "Station network and coverage"): the share of a
 * region's real township-level units that have an active 乡镇(街道)社工站, and the share of a caller's
 * villages that have an active 村(居)社工室.
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
 * 类似乡级单位 (400–599) and unclassified codes count neither in the denominator nor as covered, and a
 * township coverage lists them ({@link
 * org.shegong.core.coverage.TownshipCoverage#excludedUnits()}).
 *
 * <p>A region is written in any form people use: {@code 64}, {@code 6405}, {@code 640502}, or the
 * GB/T 2260 forms {@code 640000} and {@code 640500}. The township coverage of a city is broken down
 * by county and that of a province by city and county ({@link
 * org.shegong.core.coverage.SubregionCoverage}), with the same figures per part.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.coverage;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
