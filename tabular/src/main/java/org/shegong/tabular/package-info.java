/**
 * Ledgers (台账): xlsx workbooks and CSV files read as exchange records with their cells, written
 * back, and empty templates.
 *
 * <p>{@link org.shegong.tabular.TabularReader} reads a ledger through the exchange reader's
 * binding, so that a row gets the record and the issues its NDJSON line would, with the sheet,
 * line, column and cell named; {@link org.shegong.tabular.TabularWriter} writes records as a
 * workbook or CSV file that reads back as the same records; {@link org.shegong.tabular.Templates}
 * writes empty workbooks for people to fill in. {@link org.shegong.tabular.TabularRules} are the
 * rules only a spreadsheet can break.
 *
 * @since 0.2.0
 */
@NullMarked
package org.shegong.tabular;

import org.jspecify.annotations.NullMarked;
