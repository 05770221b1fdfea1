package org.shegong.tabular.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Rule;
import org.shegong.serialization.SerializationRules;
import org.shegong.serialization.internal.Pointers;

/**
 * What a row's record needs besides its JSON: the row number, the cell each JSON Pointer was read
 * from, the problems found in the cells, and the header's columns (to locate a path that no cell of
 * the row holds, such as an empty required cell).
 *
 * @since 0.2.0
 */
public final class RowMeta {

  /**
   * A problem found in a cell, turned into an issue once the record is bound.
   *
   * @since 0.2.0
   */
  record Pending(Rule rule, String pointer, Map<String, ?> arguments, CellRef ref) {}

  final long row;
  long index;
  final @Nullable String sheet;
  final Map<String, CellRef> pointers = new LinkedHashMap<>();
  final List<Pending> pending = new ArrayList<>();
  final Map<String, CellRef> headerPointers;

  RowMeta(long row, long index, @Nullable String sheet, Map<String, CellRef> headerPointers) {
    this.row = row;
    this.index = index;
    this.sheet = sheet;
    this.headerPointers = headerPointers;
  }

  /** The cell a JSON Pointer was read from: itself, an ancestor, a descendant, or its column. */
  @Nullable CellRef find(String path) {
    CellRef found = find(pointers, path);
    if (found != null) {
      return found;
    }
    CellRef column = find(headerPointers, path);
    return column == null
        ? null
        : new CellRef(sheet, row, column.column(), column.definition(), "");
  }

  private static @Nullable CellRef find(Map<String, CellRef> pointers, String path) {
    for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      CellRef ref = pointers.get(p);
      if (ref != null) {
        return ref;
      }
    }
    if (path.isEmpty()) {
      return null;
    }
    String prefix = path + "/";
    for (Map.Entry<String, CellRef> entry : pointers.entrySet()) {
      if (entry.getKey().startsWith(prefix)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * Gives an issue about the row's record the location of its cell; the file, record index and id
   * it has are kept.
   *
   * @param issue the issue
   * @param context the reading context
   * @return the located issue
   */
  Issue locate(Issue issue, TabularContext context) {
    if (issue.cell().isPresent()) {
      return issue;
    }
    Issue.Builder builder = Issue.builder().from(issue);
    locate(builder, issue, context);
    return builder.build();
  }

  private void locate(Issue.Builder builder, Issue issue, TabularContext context) {
    builder.line(row).column(Optional.empty()).cell(Optional.empty());
    if (sheet != null) {
      builder.sheet(sheet);
    }
    CellRef ref = find(issue.path());
    if (ref != null) {
      ref.apply(builder, context.workbook());
      rebuildUnknownCode(builder, issue, ref, context);
    }
  }

  /**
   * Locates an issue of the exchange reader's binding: the file, the row, the record index and the
   * cell, and an unknown code's message with the labels the cell could have used.
   */
  Issue bound(Issue issue, TabularContext context) {
    Issue.Builder builder = Issue.builder().from(issue).recordIndex(index);
    context.file(builder);
    locate(builder, issue, context);
    return builder.build();
  }

  private static void rebuildUnknownCode(
      Issue.Builder builder, Issue issue, CellRef ref, TabularContext context) {
    Columns.Column column = ref.definition();
    if (!issue.code().equals(SerializationRules.UNKNOWN_CODE.code())
        || column == null
        || column.codeSet() == null
        || ref.text().isEmpty()) {
      return;
    }
    Class<? extends Enum<?>> codeSet = column.codeSet();
    String text = ref.text();
    String item = text;
    String tail =
        issue.path().substring(Math.min(issue.path().length(), column.pointer().length()));
    if (column.kind() == Columns.Kind.CODES && tail.matches("/\\d+")) {
      List<String> items = CellValues.items(text);
      int at = Integer.parseInt(tail.substring(1));
      item = at < items.size() ? items.get(at) : text;
    }
    String message =
        SerializationRules.UNKNOWN_CODE.message(
            context.locale(),
            Map.of(
                "code",
                Pointers.echoCode(item),
                "codeSet",
                codeSet.getSimpleName(),
                "allowed",
                CodeLabels.allowed(codeSet)));
    builder.message(message);
  }
}
