package org.shegong.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one worksheet part, streamed with the JDK's StAX cursor: one row in memory at a time.
 * Shared strings (resolved through the workbook's {@link SharedStrings}), inline strings (rich text
 * runs joined, phonetic runs left out), numbers, booleans, error values and the cached results of
 * formulas are all read; empty cells are left out. A cell without its reference follows the one
 * before it, a row without its number the one before it.
 *
 * @since 0.2.0
 */
public final class XlsxRows implements RowSource {

  private final InputStream in;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StringBuilder text = new StringBuilder();
  private long lastRow;
  private boolean inSheetData;
  private boolean done;

  XlsxRows(InputStream in, SharedStrings strings) throws XMLStreamException {
    this.in = in;
    this.strings = strings;
    this.xml = Xml.open(in);
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    try {
      while (!done && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("sheetData")) {
            inSheetData = true;
          } else if (inSheetData && name.equals("row")) {
            RawRow row = row();
            if (row != null) {
              return row;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("sheetData")) {
          done = true;
        }
      }
      done = true;
      return null;
    } catch (XMLStreamException e) {
      done = true;
      throw XlsxPackage.problem(
          lastRow + 1, XlsxPackage.reason(e, "a sheet cannot be read after row " + lastRow), e);
    }
  }

  private @Nullable RawRow row() throws XMLStreamException {
    long number = number(xml.getAttributeValue(null, "r"), lastRow + 1);
    lastRow = number;
    List<RawCell> cells = new ArrayList<>();
    int column = -1;
    boolean ordered = true;
    while (Xml.nextChild(xml)) {
      if (!xml.getLocalName().equals("c")) {
        Xml.skip(xml);
        continue;
      }
      int at = column(xml.getAttributeValue(null, "r"), column + 1);
      ordered &= at > column;
      column = at;
      RawCell cell = cell(at, number);
      if (cell != null) {
        cells.add(cell);
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    if (!ordered) {
      // cells out of column order: sorted, the last of a column wins (as a spreadsheet shows it)
      List<RawCell> sorted = new ArrayList<>();
      cells.stream()
          .sorted(Comparator.comparingInt(RawCell::column))
          .forEach(
              c -> {
                if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).column() == c.column()) {
                  sorted.set(sorted.size() - 1, c);
                } else {
                  sorted.add(c);
                }
              });
      cells = sorted;
    }
    return new RawRow(number, cells);
  }

  private @Nullable RawCell cell(int column, long row) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    String value = null;
    String inline = null;
    boolean formula = false;
    while (Xml.nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "v" -> {
          text.setLength(0);
          Xml.text(xml, false, text, XlsxPackage.MAX_CHARS);
          value = text.toString();
        }
        case "is" -> {
          text.setLength(0);
          Xml.text(xml, true, text, XlsxPackage.MAX_CHARS);
          inline = text.toString();
        }
        case "f" -> {
          formula = true;
          Xml.skip(xml);
        }
        default -> Xml.skip(xml);
      }
    }
    if (type == null || type.equals("n")) {
      if (value == null || value.isEmpty()) {
        return null;
      }
      // a formula's cached number is read as the text it shows
      return formula ? RawCell.text(column, value) : new RawCell(column, true, false, value);
    }
    switch (type) {
      case "s":
        {
          if (value == null || value.isEmpty()) {
            return null;
          }
          int index;
          try {
            index = Integer.parseInt(value.trim());
          } catch (NumberFormatException e) {
            throw new XMLStreamException("a shared-string cell without its index");
          }
          String shared = strings.get(index);
          if (shared == null) {
            throw new XMLStreamException(
                "a cell names a shared string the workbook does not have (row " + row + ")");
          }
          return shared.isEmpty() ? null : RawCell.text(column, shared);
        }
      case "inlineStr":
        {
          String shown = inline != null ? inline : value;
          return shown == null || shown.isEmpty() ? null : RawCell.text(column, shown);
        }
      case "b":
        {
          if (value == null || value.isEmpty()) {
            return null;
          }
          boolean bool = !formula && (value.equals("0") || value.equals("1"));
          return new RawCell(column, false, bool, value);
        }
      default:
        // "str" (a formula's text), "e" (an error value such as #N/A), "d" (an ISO date)
        return value == null || value.isEmpty() ? null : RawCell.text(column, value);
    }
  }

  private static long number(@Nullable String text, long otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      long n = Long.parseLong(text.trim());
      return n > 0 ? n : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** The 0-based column of a reference such as {@code AB12}, or {@code otherwise}. */
  private static int column(@Nullable String reference, int otherwise) {
    if (reference == null) {
      return otherwise;
    }
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        column = column * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (++letters > 3) {
        return otherwise;
      }
    }
    return letters == 0 ? otherwise : column - 1;
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the part's stream is closed below all the same
    } finally {
      in.close();
    }
  }
}
