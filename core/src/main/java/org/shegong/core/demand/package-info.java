/**
 * The demand list (需求清单) workflow: which status changes are allowed ({@link
 * org.shegong.core.demand.DemandWorkflow}), what a demand needs in its status ({@link
 * org.shegong.core.demand.DemandRequirement}), and the triage order of open demands ({@link
 * org.shegong.core.demand.DemandTriage}).
 *
 * <p>The workflow is {@code COLLECTED → ASSESSED → PLANNED → MATCHED → DONE}, or {@code REJECTED}
 * from any state that is not final. Everything here is pure logic over {@link
 * org.shegong.core.model.Demand}: nothing reads the clock, nothing throws on bad data.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.demand;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
