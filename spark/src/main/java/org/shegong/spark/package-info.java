/**
 * Shegong on Apache Spark: {@link org.shegong.spark.ShegongSpark} validates exchange lines and
 * tables with the same rules, issues and report as {@code shegong validate}; {@link
 * org.shegong.spark.SparkValidation} holds the issues, verdicts and counts as Spark data sets.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.spark;

import org.jspecify.annotations.NullMarked;
