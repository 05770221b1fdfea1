/**
 * The implementation of {@code org.shegong.tabular}: the column model, cell values, the xlsx and
 * CSV sources and the sheet writer. Not exported.
 *
 * @since 0.2.0
 */
@NullMarked
package org.shegong.tabular.internal;

import org.jspecify.annotations.NullMarked;
