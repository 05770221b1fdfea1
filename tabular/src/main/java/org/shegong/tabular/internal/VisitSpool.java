package org.shegong.tabular.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a 走访记录 sheet on disk, found again by their child's id: a hash join whose both sides
 * live in temporary files mapped into memory (the page cache, not the heap), so that the visits of
 * a million children cost the heap nothing.
 *
 * <p>While the sheet is read, each row is appended to a data file, in row order: {@code [long
 * next][byte taken][int length][int keyLength][key][long row][int cells]} and each cell as {@code
 * [int column][byte kind][int length][UTF-8 text]}; a row without a child id has key length -1.
 * {@link #finish()} then builds an open-addressing table, in a second file, from each child id's
 * hash to the first and last of its rows, chaining the rows of one child through their {@code next}
 * field in row order. A child row's {@link #take} follows the chain and marks its rows taken; the
 * rows left at the end are read back in row order by {@link #untaken()}. Both files are deleted at
 * {@link #close()}.
 *
 * @since 0.2.0
 */
final class VisitSpool implements Closeable {

  private static final int HEADER = 13; // next, taken, length
  private static final long NONE = -1;
  private static final int SLOT = 16; // first + 1, last + 1

  private final Path data;
  private @Nullable Path tableFile;
  private @Nullable DataOutputStream out;
  private @Nullable Mapped rows;
  private @Nullable Mapped table;
  private long slots;
  private long size;
  private long keyed;
  private final byte[] scratch = new byte[256];

  private final @Nullable Path directory;

  VisitSpool(@Nullable Path directory) throws IOException {
    this.directory = directory;
    data = TempFiles.create(directory, "visits");
    boolean opened = false;
    try {
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16));
      opened = true;
    } finally {
      if (!opened) {
        TempFiles.delete(data);
      }
    }
  }

  /** Appends a row with its child's id, or null for a row without one. */
  void add(@Nullable String childId, RawRow row) throws IOException {
    DataOutputStream o = out;
    if (o == null) {
      throw new IllegalStateException("the spool is finished");
    }
    byte[] key = childId == null ? null : childId.getBytes(StandardCharsets.UTF_8);
    List<byte[]> texts = new ArrayList<>(row.cells().size());
    int length = Integer.BYTES + (key == null ? 0 : key.length) + Long.BYTES + Integer.BYTES;
    for (RawCell cell : row.cells()) {
      byte[] text = cell.text().getBytes(StandardCharsets.UTF_8);
      texts.add(text);
      length += Integer.BYTES + 1 + Integer.BYTES + text.length;
    }
    o.writeLong(NONE);
    o.writeByte(0);
    o.writeInt(length);
    o.writeInt(key == null ? -1 : key.length);
    if (key != null) {
      o.write(key);
      keyed++;
    }
    o.writeLong(row.number());
    o.writeInt(row.cells().size());
    for (int i = 0; i < texts.size(); i++) {
      RawCell cell = row.cells().get(i);
      o.writeInt(cell.column());
      o.writeByte((cell.number() ? 1 : 0) | (cell.bool() ? 2 : 0));
      o.writeInt(texts.get(i).length);
      o.write(texts.get(i));
    }
    size += HEADER + length;
  }

  /** Ends the appending and builds the table of child ids. */
  void finish() throws IOException {
    DataOutputStream o = out;
    if (o == null) {
      return;
    }
    o.close();
    out = null;
    Mapped r = new Mapped(data, true);
    rows = r;
    long wanted = Math.max(16, keyed * 2);
    slots = Long.highestOneBit(wanted - 1) << 1;
    Path file = TempFiles.create(directory, "visit-index");
    tableFile = file;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(slots * SLOT);
    }
    Mapped t = new Mapped(file, true);
    table = t;
    for (long at = 0; at < size; at = after(r, at)) {
      int keyLength = r.getInt(at + HEADER);
      if (keyLength < 0) {
        continue;
      }
      byte[] key = key(r, at, keyLength);
      long slot = find(key, hash(key));
      long first = t.getLong(slot * SLOT);
      if (first == 0) {
        t.putLong(slot * SLOT, at + 1);
      } else {
        r.putLong(t.getLong(slot * SLOT + Long.BYTES) - 1, at);
      }
      t.putLong(slot * SLOT + Long.BYTES, at + 1);
    }
  }

  /**
   * Takes the rows of a child, in row order; the rows of an id are taken once.
   *
   * @param childId the child's id
   * @return the rows, empty when none or already taken
   */
  List<RawRow> take(String childId) {
    Mapped r = rows;
    Mapped t = table;
    if (r == null || t == null || keyed == 0) {
      return List.of();
    }
    byte[] key = childId.getBytes(StandardCharsets.UTF_8);
    long first = t.getLong(find(key, hash(key)) * SLOT);
    if (first == 0 || r.get(first - 1 + Long.BYTES) != 0) {
      return List.of();
    }
    List<RawRow> taken = new ArrayList<>();
    for (long at = first - 1; at != NONE; at = r.getLong(at)) {
      r.put(at + Long.BYTES, (byte) 1);
      taken.add(row(r, at));
    }
    return taken;
  }

  /**
   * Returns the rows no child took, in row order.
   *
   * @return the rows, read from disk as the iterator goes
   */
  Iterator<RawRow> untaken() {
    Mapped r = rows;
    return new Iterator<>() {
      private long at = skip(0);

      private long skip(long from) {
        long p = from;
        while (r != null && p < size && r.get(p + Long.BYTES) != 0) {
          p = after(r, p);
        }
        return p;
      }

      @Override
      public boolean hasNext() {
        return r != null && at < size;
      }

      @Override
      public RawRow next() {
        if (!hasNext() || r == null) {
          throw new NoSuchElementException();
        }
        RawRow row = row(r, at);
        at = skip(after(r, at));
        return row;
      }
    };
  }

  /** The slot of a key: its own, or the empty one where it would go. */
  private long find(byte[] key, long hash) {
    Mapped r = rows;
    Mapped t = table;
    if (r == null || t == null) {
      throw new IllegalStateException("the spool is not finished");
    }
    long mask = slots - 1;
    for (long slot = hash & mask; ; slot = (slot + 1) & mask) {
      long first = t.getLong(slot * SLOT);
      if (first == 0 || sameKey(r, first - 1, key)) {
        return slot;
      }
    }
  }

  private boolean sameKey(Mapped r, long at, byte[] key) {
    if (r.getInt(at + HEADER) != key.length) {
      return false;
    }
    byte[] stored = key.length <= scratch.length ? scratch : new byte[key.length];
    r.get(at + HEADER + Integer.BYTES, stored, key.length);
    return java.util.Arrays.equals(stored, 0, key.length, key, 0, key.length);
  }

  private static byte[] key(Mapped r, long at, int length) {
    byte[] key = new byte[length];
    r.get(at + HEADER + Integer.BYTES, key, length);
    return key;
  }

  private static long after(Mapped r, long at) {
    return at + HEADER + r.getInt(at + Long.BYTES + 1);
  }

  private static long hash(byte[] key) {
    long h = 0x9E3779B97F4A7C15L;
    for (byte b : key) {
      h = (h ^ (b & 0xFF)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return h;
  }

  private static RawRow row(Mapped r, long at) {
    long p = at + HEADER;
    int keyLength = r.getInt(p);
    p += Integer.BYTES + Math.max(keyLength, 0);
    long number = r.getLong(p);
    p += Long.BYTES;
    int count = r.getInt(p);
    p += Integer.BYTES;
    List<RawCell> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int column = r.getInt(p);
      byte kind = r.get(p + Integer.BYTES);
      int length = r.getInt(p + Integer.BYTES + 1);
      p += Integer.BYTES + 1 + Integer.BYTES;
      byte[] text = new byte[length];
      r.get(p, text, length);
      p += length;
      cells.add(
          new RawCell(
              column, (kind & 1) != 0, (kind & 2) != 0, new String(text, StandardCharsets.UTF_8)));
    }
    return new RawRow(number, cells);
  }

  /** Deletes the files. */
  @Override
  public void close() {
    DataOutputStream o = out;
    out = null;
    try {
      if (o != null) {
        o.close();
      }
    } catch (IOException e) {
      // the file is deleted all the same
    } finally {
      rows = null;
      table = null;
      Path t = tableFile;
      if (t != null) {
        TempFiles.delete(data, t);
      } else {
        TempFiles.delete(data);
      }
    }
  }
}
