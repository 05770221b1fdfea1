package org.shegong.tabular.internal;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.shegong.serialization.Limits;
import org.shegong.tabular.TabularRules;

/**
 * An xlsx workbook as the zip package it is: its sheets in workbook order, each sheet's rows, and
 * its shared strings. The zip is read by the JDK ({@link ZipFile}, random access to the parts) and
 * each part by the JDK's streaming XML parser, with DTDs and external entities off.
 *
 * <p><b>Why not fastexcel-reader.</b> fastexcel-reader 0.19 resolves every shared-string cell
 * through its own table, a package-private class in a private final field of its workbook that
 * keeps every string read on the heap (about 60 bytes a string: a million-child ledger holds
 * millions of them) and cannot be replaced or bounded. The table is our memory policy, so the
 * workbook's parts are read here: the package (content types, workbook, its relationships), the
 * shared strings into memory-mapped temporary files ({@link SharedStrings}), and the cells of a
 * sheet ({@link XlsxRows}).
 *
 * <p><b>Limits.</b> A part is read through a counter: one that inflates to more than {@value
 * #MAX_RATIO} times its compressed size (after its first {@value #GRACE} bytes) or to more than
 * {@value #MAX_PART} bytes is a zip bomb, and reading stops with SG-TAB-009 instead of filling the
 * disk or the heap. A text (a shared string, a cell) is kept up to one character more than the
 * exchange reader's longest string, which then reports it as too long.
 *
 * @since 0.2.0
 */
public final class XlsxPackage implements Closeable {

  /** The most a part may inflate relative to its compressed size. */
  static final long MAX_RATIO = 100;

  /** The bytes a part may inflate to before its ratio is checked. */
  static final long GRACE = 1 << 20;

  /** The most bytes one part may inflate to (4 GiB; Excel's 1,048,576 rows fit well within). */
  static final long MAX_PART = 1L << 32;

  /** The most characters kept of one text. */
  static final int MAX_CHARS = Limits.DEFAULT_MAX_STRING_LENGTH + 1;

  private static final String MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String TEMPLATE_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
  private static final String STRINGS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

  /**
   * A sheet of the workbook.
   *
   * @param name the sheet's name as its tab shows it
   * @param part the name of its part in the zip, empty when the workbook does not say
   * @since 0.2.0
   */
  public record SheetPart(String name, String part) {}

  private final ZipFile zip;
  private final @Nullable Path copy;
  private final List<SheetPart> sheets;
  private final SharedStrings strings;

  private XlsxPackage(ZipFile zip, @Nullable Path copy, @Nullable Path directory)
      throws IOException, XMLStreamException {
    this.zip = zip;
    this.copy = copy;
    String workbookPart = null;
    String stringsPart = null;
    try (InputStream in = required("[Content_Types].xml")) {
      XMLStreamReader xml = Xml.open(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("Override")) {
          String type = xml.getAttributeValue(null, "ContentType");
          String name = xml.getAttributeValue(null, "PartName");
          if (name == null || type == null) {
            continue;
          }
          if (type.equals(MAIN) || type.equals(MACRO_MAIN) || type.equals(TEMPLATE_MAIN)) {
            workbookPart = name;
          } else if (type.equals(STRINGS)) {
            stringsPart = name;
          }
        }
      }
      xml.close();
    }
    String main = strip(workbookPart == null ? "/xl/workbook.xml" : workbookPart);
    Map<String, String> targets = new HashMap<>();
    String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
    String rels = folder + "_rels/" + main.substring(folder.length()) + ".rels";
    try (InputStream in = required(rels)) {
      XMLStreamReader xml = Xml.open(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("Relationship")) {
          String id = xml.getAttributeValue(null, "Id");
          String target = xml.getAttributeValue(null, "Target");
          String type = xml.getAttributeValue(null, "Type");
          if (id == null || target == null) {
            continue;
          }
          String resolved = resolve(folder, target);
          targets.put(id, resolved);
          if (stringsPart == null && type != null && type.endsWith("/sharedStrings")) {
            stringsPart = resolved;
          }
        }
      }
      xml.close();
    }
    List<SheetPart> found = new ArrayList<>();
    try (InputStream in = required(main)) {
      XMLStreamReader xml = Xml.open(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
          String name = xml.getAttributeValue(null, "name");
          String id = null;
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id")
                && namespace != null
                && !namespace.isEmpty()) {
              id = xml.getAttributeValue(i);
            }
          }
          String part = id == null ? null : targets.get(id);
          if (name == null) {
            throw new XMLStreamException("a sheet without its name");
          }
          // a sheet without its part is reported when it is read, the other sheets are read
          found.add(new SheetPart(name, part == null ? "" : part));
        }
      }
      xml.close();
    }
    this.sheets = List.copyOf(found);
    ZipEntry entry = stringsPart == null ? null : entry(strip(stringsPart));
    this.strings =
        entry == null
            ? SharedStrings.none()
            : SharedStrings.read(bounded(entry), MAX_CHARS, directory);
  }

  /**
   * Opens a workbook file.
   *
   * @param file the file
   * @param directory the directory of temporary files, or null for {@code java.io.tmpdir}
   * @return the package, to be closed
   * @throws IOException when the file cannot be read
   * @throws SourceProblem when it is not a readable workbook (SG-TAB-009)
   */
  public static XlsxPackage open(Path file, @Nullable Path directory) throws IOException {
    return open(file, null, directory);
  }

  /**
   * Opens a workbook from a stream, copied to a temporary file first (the zip's directory is at its
   * end, and its parts are read in another order than they are stored).
   *
   * @param in the bytes; closed here
   * @param directory the directory of temporary files, or null for {@code java.io.tmpdir}
   * @return the package, to be closed
   * @throws IOException when the stream cannot be read or copied
   * @throws SourceProblem when it is not a readable workbook (SG-TAB-009)
   */
  public static XlsxPackage open(InputStream in, @Nullable Path directory) throws IOException {
    Path copy = TempFiles.create(directory, "workbook");
    try (InputStream bytes = in) {
      Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      TempFiles.delete(copy);
      throw e;
    }
    return open(copy, copy, directory);
  }

  private static XlsxPackage open(Path file, @Nullable Path copy, @Nullable Path directory)
      throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      if (copy != null) {
        TempFiles.delete(copy);
      }
      throw problem(0, "not a zip file", e);
    } catch (IOException | RuntimeException e) {
      if (copy != null) {
        TempFiles.delete(copy);
      }
      throw e;
    }
    try {
      return new XlsxPackage(zip, copy, directory);
    } catch (XMLStreamException | IOException | RuntimeException e) {
      zip.close();
      if (copy != null) {
        TempFiles.delete(copy);
      }
      if (e instanceof SourceProblem problem) {
        throw problem;
      }
      throw problem(0, reason(e, "its package cannot be read"), e);
    }
  }

  /**
   * Returns the sheets, in workbook order.
   *
   * @return the sheets
   */
  public List<SheetPart> sheets() {
    return sheets;
  }

  /**
   * Opens the rows of a sheet.
   *
   * @param sheet a sheet of this workbook
   * @return the rows, to be closed
   * @throws IOException when the part cannot be opened
   * @throws SourceProblem when the sheet's part is missing or not XML
   */
  public XlsxRows rows(SheetPart sheet) throws IOException {
    ZipEntry entry = sheet.part().isEmpty() ? null : entry(strip(sheet.part()));
    if (entry == null) {
      throw problem(0, "a sheet's part is missing", null);
    }
    InputStream in = bounded(entry);
    try {
      return new XlsxRows(in, strings);
    } catch (XMLStreamException e) {
      in.close();
      throw problem(0, reason(e, "a sheet cannot be read"), e);
    }
  }

  /**
   * Closes the zip and deletes the temporary files.
   *
   * @throws IOException when closing the zip fails
   */
  @Override
  public void close() throws IOException {
    try {
      strings.close();
      zip.close();
    } finally {
      if (copy != null) {
        TempFiles.delete(copy);
      }
    }
  }

  /** The problem SG-TAB-009 with a reason. */
  static SourceProblem problem(long row, String reason, @Nullable Throwable cause) {
    return new SourceProblem(TabularRules.NOT_A_WORKBOOK, row, Map.of("reason", reason), cause);
  }

  /** The reason to give: a zip bomb's when one is in the causes, else {@code otherwise}. */
  static String reason(Throwable e, String otherwise) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge tooLarge) {
        return tooLarge.reason;
      }
      if (t instanceof XMLStreamException xml && xml.getNestedException() != null) {
        Throwable nested = xml.getNestedException();
        if (nested instanceof TooLarge tooLarge) {
          return tooLarge.reason;
        }
      }
    }
    return otherwise;
  }

  private InputStream required(String name) throws IOException {
    ZipEntry entry = entry(strip(name));
    if (entry == null) {
      throw problem(0, "it has no " + name, null);
    }
    return bounded(entry);
  }

  private @Nullable ZipEntry entry(String name) {
    ZipEntry entry = zip.getEntry(name);
    if (entry != null) {
      return entry;
    }
    Enumeration<? extends ZipEntry> entries = zip.entries();
    String lower = name.toLowerCase(Locale.ROOT);
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      if (e.getName().toLowerCase(Locale.ROOT).equals(lower)) {
        return e;
      }
    }
    return null;
  }

  private InputStream bounded(ZipEntry entry) throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 0);
    return new Bounded(zip.getInputStream(entry), entry.getName(), compressed);
  }

  private static String strip(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }

  private static String resolve(String folder, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    List<String> parts = new ArrayList<>(List.of(folder.split("/")));
    parts.removeIf(String::isEmpty);
    for (String segment : target.split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }

  /**
   * A part that inflated beyond the limits: a zip bomb.
   *
   * @since 0.2.0
   */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** The reason, for SG-TAB-009. */
    final String reason;

    TooLarge(String reason) {
      super(reason);
      this.reason = reason;
    }
  }

  /**
   * Counts a part's inflated bytes and stops at the limits.
   *
   * @since 0.2.0
   */
  private static final class Bounded extends FilterInputStream {
    private final String name;
    private final long limit;
    private long read;

    Bounded(InputStream in, String name, long compressed) {
      super(in);
      this.name = name;
      this.limit = Math.min(MAX_PART, Math.max(GRACE, compressed * MAX_RATIO));
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(
            "its part "
                + name
                + " inflates to more than "
                + (limit == MAX_PART ? "4 GiB" : MAX_RATIO + " times its compressed size")
                + ": a zip bomb");
      }
    }
  }
}
