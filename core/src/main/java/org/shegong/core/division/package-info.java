/**
 * China's administrative divisions: division codes, their levels and township kinds, and the
 * division table (统计用区划代码) with a bundled vintage that a user can replace by a newer one.
 *
 * <p>{@link org.shegong.core.division.DivisionCode} is the syntactic value type (6-digit GB/T 2260
 * county codes, 9-digit township codes, 12-digit statistical codes; 2- and 4-digit province and
 * city codes for the table). {@link org.shegong.core.division.DivisionTable} says whether a code
 * exists in a given vintage of the table, and navigates parents and children. Villages are not in
 * the table: a 12-digit village code is checked by its township prefix.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.division;

import org.jspecify.annotations.NullMarked;
