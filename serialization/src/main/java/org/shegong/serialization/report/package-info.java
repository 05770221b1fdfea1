/**
 * The validation report as JSON ({@code shegong validate --format json}, exchange format v1,
 * section "Validation report"): {@link org.shegong.serialization.report.ReportJson} renders and
 * reads a whole {@link org.shegong.core.issue.Report}; {@link
 * org.shegong.serialization.report.ReportJsonWriter} streams the issues of a batch of any size.
 *
 * <p>Rule codes of this package: {@code SG-RPT-001} a report JSON cannot be read, {@code
 * SG-RPT-002} a report cannot be written (I/O failure), {@code SG-RPT-003} a streaming writer used
 * out of order.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.serialization.report;

import org.jspecify.annotations.NullMarked;
