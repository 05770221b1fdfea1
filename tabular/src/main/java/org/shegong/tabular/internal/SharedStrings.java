package org.shegong.tabular.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A workbook's shared-strings table ({@code xl/sharedStrings.xml}), the texts that a cell of type
 * {@code s} names by index. A ledger saved by Excel keeps every text there — a million children's
 * IDs, names and addresses are millions of strings — so the table is not held on the heap: the part
 * is parsed once, in one pass, into two temporary files, the strings' UTF-8 bytes and the offset of
 * each, which are then mapped into memory (the operating system's page cache, outside the heap) and
 * read back by index. The heap holds only a small cache of recently decoded strings. The files are
 * deleted at {@link #close()}.
 *
 * <p>A string is kept up to {@code maxChars} characters (one more than the exchange reader's
 * longest string, so that a longer one is still reported as too long); the size of the part itself
 * is bounded by the package's limits on inflation.
 *
 * @since 0.2.0
 */
final class SharedStrings implements Closeable {

  private static final SharedStrings NONE = new SharedStrings();
  private static final int CACHE = 4096;
  private static final int CACHED_BYTES = 64; // short codes and labels: at most 4096 × 64 bytes

  private final @Nullable Path bytesFile;
  private final @Nullable Path offsetsFile;
  private final @Nullable Mapped bytes;
  private final @Nullable Mapped offsets;
  private final int count;
  private final @Nullable String[] cached = new String[CACHE];
  private final int[] cachedIndex = new int[CACHE];

  private SharedStrings() {
    bytesFile = null;
    offsetsFile = null;
    bytes = null;
    offsets = null;
    count = 0;
  }

  private SharedStrings(Path bytesFile, Path offsetsFile, int count) throws IOException {
    this.bytesFile = bytesFile;
    this.offsetsFile = offsetsFile;
    this.count = count;
    this.bytes = new Mapped(bytesFile, false);
    this.offsets = new Mapped(offsetsFile, false);
    java.util.Arrays.fill(cachedIndex, -1);
  }

  /** Returns the table of a workbook without shared strings. */
  static SharedStrings none() {
    return NONE;
  }

  /**
   * Reads a shared-strings part into temporary files.
   *
   * @param part the part's bytes, closed here
   * @param maxChars the most characters kept of one string
   * @param directory the directory of the temporary files, or null for the JVM's
   * @return the table, to be closed
   * @throws IOException when the part cannot be read or the files written
   * @throws XMLStreamException when the part is not well-formed
   */
  static SharedStrings read(InputStream part, int maxChars, @Nullable Path directory)
      throws IOException, XMLStreamException {
    Path bytesFile = TempFiles.create(directory, "strings");
    Path offsetsFile = null;
    boolean done = false;
    try {
      offsetsFile = TempFiles.create(directory, "string-offsets");
      int count = 0;
      try (InputStream in = part;
          OutputStream data = new BufferedOutputStream(Files.newOutputStream(bytesFile), 1 << 16);
          DataOutputStream index =
              new DataOutputStream(
                  new BufferedOutputStream(Files.newOutputStream(offsetsFile), 1 << 16))) {
        XMLStreamReader xml = Xml.open(in);
        try {
          long position = 0;
          StringBuilder text = new StringBuilder();
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
              text.setLength(0);
              Xml.text(xml, true, text, maxChars);
              byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
              index.writeLong(position);
              data.write(utf8);
              position += utf8.length;
              if (++count == Integer.MAX_VALUE) {
                throw new XMLStreamException("more shared strings than a workbook can index");
              }
            }
          }
          index.writeLong(position);
        } finally {
          xml.close();
        }
      }
      SharedStrings table = new SharedStrings(bytesFile, offsetsFile, count);
      done = true;
      return table;
    } finally {
      if (!done) {
        TempFiles.delete(bytesFile);
        if (offsetsFile != null) {
          TempFiles.delete(offsetsFile);
        }
      }
    }
  }

  /** The number of strings. */
  int size() {
    return count;
  }

  /**
   * Returns a string by its index.
   *
   * @param index the 0-based index
   * @return the string, or null when the table has no such index
   */
  @Nullable String get(int index) {
    Mapped data = bytes;
    Mapped at = offsets;
    if (index < 0 || index >= count || data == null || at == null) {
      return null;
    }
    int slot = index & (CACHE - 1);
    String hit = cached[slot];
    if (hit != null && cachedIndex[slot] == index) {
      return hit;
    }
    long start = at.getLong((long) index * Long.BYTES);
    long end = at.getLong((long) (index + 1) * Long.BYTES);
    byte[] utf8 = new byte[(int) (end - start)];
    data.get(start, utf8, utf8.length);
    String text = new String(utf8, StandardCharsets.UTF_8);
    if (utf8.length <= CACHED_BYTES) {
      cached[slot] = text;
      cachedIndex[slot] = index;
    }
    return text;
  }

  /** Deletes the temporary files. */
  @Override
  public void close() {
    Path b = bytesFile;
    Path o = offsetsFile;
    if (b != null && o != null) {
      TempFiles.delete(b, o);
    }
  }
}
