package org.shegong.validation.internal.batch;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Sorts entries (a key and a payload, both bytes) whose total size need not fit in memory: entries
 * are gathered in an arena up to a budget, then sorted and written as a run to a temporary file;
 * {@link #sorted()} merges the runs (at most {@value #FAN_IN} at a time, in passes). A run holds at
 * least {@value #MIN_RUN} bytes whatever the budget. Keys compare as unsigned bytes, a key that is
 * a prefix of another first; equal keys keep the order they were added in, so the sort is stable.
 * Memory: the budget (the arena and, per entry, {@value #ENTRY_OVERHEAD} bytes of offsets and sort
 * prefixes), plus {@value #BUFFER} bytes of buffer per run merged at once.
 *
 * <p>The first run is written by the caller, from an arena of the whole budget. Every later run is
 * gathered in an arena of half the budget (unless that is less than {@value #MIN_RUN} bytes: then
 * the caller writes every run), and sorted and written by a thread of the sorter's own while the
 * caller fills the other half: a caller that spills is not held up by sorting and writing (on a
 * ten-million-record file that was half of the calling thread's time). At most one run is written
 * at a time, so memory stays within the budget. The runs keep the order in which their entries
 * came, so equal keys still come back in the order they were added. Once a run cannot be written,
 * here or in the background, every later {@link #add} and {@link #sorted()} throws that failure: no
 * merge is handed out that misses the lost run's entries.
 *
 * <p>Not thread-safe: one caller. {@link #close()} deletes the runs and stops the writing thread.
 *
 * @since 0.1.0
 */
public final class ExternalSorter implements Closeable {

  /** The most runs merged at once. */
  static final int FAN_IN = 128;

  private static final int BUFFER = 1 << 15;

  /** The bytes of each key that the in-memory sort compares without reading the arena. */
  private static final int PREFIX = 16;

  /**
   * The memory an entry costs besides its bytes in the arena: its offset, and the sort's prefixes
   * and offsets, twice each ({@link #sort}); counted against the budget.
   */
  static final int ENTRY_OVERHEAD = 4 + 2 * (8 + 8 + 4);

  /** The smallest run written, in bytes, whatever the budget: a run per entry helps no one. */
  static final int MIN_RUN = 1 << 12;

  private final long budget;

  /**
   * The size of every run after the first: half the budget (one written while the other fills), or
   * the whole budget when half is less than the smallest run (then every run is written here).
   */
  private final long laterRuns;

  private final Supplier<Path> directory;
  private final RunOpener opener;
  private byte[] arena;
  private int used;
  private int[] offsets = new int[1024];
  private int count;
  private final List<Path> runs = new ArrayList<>();
  private long entries;

  /** The thread that sorts and writes the runs after the first; started with the second run. */
  private @Nullable ExecutorService writer;

  /** The run being written by {@link #writer}, or null. */
  private @Nullable Future<?> writing;

  /** The arrays of the run written last in the background, to gather the next run in. */
  private byte @Nullable [] spareArena;

  private int @Nullable [] spareOffsets;

  /**
   * The first failure to write a run: once a run is lost, every later call fails with it, so that a
   * caller who goes on is never handed a merge that misses the lost run's entries.
   */
  private @Nullable Throwable failure;

  /**
   * Creates an empty sorter.
   *
   * @param budget the bytes of entries kept in memory before a run is written; at least {@value
   *     #MIN_RUN} are
   * @param directory gives the directory of the runs when the first is written; not null
   */
  public ExternalSorter(long budget, Supplier<Path> directory) {
    this(budget, directory, Files::newOutputStream);
  }

  /**
   * Creates an empty sorter that opens its runs for writing through the given function (tests make
   * it fail).
   */
  ExternalSorter(long budget, Supplier<Path> directory, RunOpener opener) {
    this.budget = Math.max(MIN_RUN, Math.min(budget, Integer.MAX_VALUE - 16));
    this.laterRuns = this.budget / 2 >= MIN_RUN ? this.budget / 2 : this.budget;
    this.directory = directory;
    this.opener = opener;
    this.arena = newArena(this.budget);
  }

  /**
   * Opens a run's file for writing.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  interface RunOpener {
    /** Opens the file. */
    OutputStream open(Path run) throws IOException;
  }

  /**
   * Adds an entry.
   *
   * @param key the key; not null
   * @param payload the payload; not null
   * @throws UncheckedIOException when a run cannot be written
   */
  public void add(Bytes key, Bytes payload) {
    throwFailure();
    int size = 10 + key.length() + payload.length();
    long limit = runs.isEmpty() ? budget : laterRuns;
    if (count > 0 && used + size + (long) (count + 1) * ENTRY_OVERHEAD > limit) {
      if (runs.isEmpty() || laterRuns == budget) {
        writeRunHere();
      } else {
        writeRunInBackground();
      }
    }
    if (used + size > arena.length) {
      long wanted = Math.max((long) arena.length * 2, (long) used + size);
      arena = Arrays.copyOf(arena, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
    }
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
    }
    offsets[count++] = used;
    used = putVarint(arena, used, key.length());
    used = putVarint(arena, used, payload.length());
    System.arraycopy(key.data(), 0, arena, used, key.length());
    used += key.length();
    System.arraycopy(payload.data(), 0, arena, used, payload.length());
    used += payload.length();
    entries++;
  }

  /**
   * Returns the number of entries added.
   *
   * @return the count
   */
  public long entries() {
    return entries;
  }

  /**
   * Returns the number of runs written so far.
   *
   * @return the count
   */
  public int runs() {
    return runs.size();
  }

  /**
   * Returns the entries in key order, and empties the sorter: call it once.
   *
   * @return a cursor over the entries; close it to free its files
   * @throws UncheckedIOException when the runs cannot be read or merged
   */
  public Cursor sorted() {
    throwFailure();
    try {
      if (runs.isEmpty()) {
        Cursor cursor = new ArenaCursor(arena, sort(arena, offsets, count), count);
        release();
        return cursor;
      }
      awaitWriting();
      stopWriter();
      if (count > 0) {
        writeRun(newRun(), arena, offsets, count);
      }
      release();
      while (runs.size() > FAN_IN) {
        List<Path> level = new ArrayList<>(runs);
        List<Path> merged = new ArrayList<>();
        for (int from = 0; from < level.size(); from += FAN_IN) {
          List<Path> group = level.subList(from, Math.min(level.size(), from + FAN_IN));
          if (group.size() == 1) {
            merged.add(group.get(0));
            continue;
          }
          Path out = newRun();
          try (Cursor cursor = merge(group);
              BlockWriter stream = new BlockWriter(opener.open(out))) {
            while (cursor.next()) {
              stream.entry(cursor);
            }
          }
          runs.removeAll(group);
          merged.add(out);
        }
        runs.clear();
        runs.addAll(merged);
      }
      return merge(new ArrayList<>(runs));
    } catch (IOException e) {
      throw new UncheckedIOException("the batch rules could not merge their spilled state", e);
    }
  }

  private void release() {
    arena = new byte[0];
    offsets = new int[0];
    spareArena = null;
    spareOffsets = null;
    count = 0;
    used = 0;
  }

  private Cursor merge(List<Path> group) throws IOException {
    List<RunCursor> cursors = new ArrayList<>(group.size());
    try {
      for (int i = 0; i < group.size(); i++) {
        cursors.add(new RunCursor(group.get(i), i));
      }
      return new MergeCursor(cursors, group); // reads the first entry of each run
    } catch (IOException | RuntimeException e) {
      for (RunCursor cursor : cursors) {
        cursor.close();
      }
      throw e;
    }
  }

  private Path newRun() throws IOException {
    Path run = Files.createTempFile(directory.get(), "run", ".bin");
    runs.add(run);
    return run;
  }

  /**
   * Writes a run from the arena here: the first run, from the arena of the whole budget (then the
   * sorter goes on in a small arena when later runs take half the budget), or every run when the
   * budget is too small to halve.
   */
  private void writeRunHere() {
    try {
      writeRun(newRun(), arena, offsets, count);
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    }
    if (laterRuns < budget) {
      arena = newArena(laterRuns);
      offsets = new int[1024];
    }
    count = 0;
    used = 0;
  }

  /**
   * Hands the arena to the writing thread, once the run before it is written, and goes on in the
   * arrays of that run.
   */
  private void writeRunInBackground() {
    awaitWriting();
    Path run;
    try {
      run = newRun(); // the order of the runs is the order of their entries
    } catch (IOException e) {
      throw failed(e);
    }
    byte[] data = arena;
    int[] at = offsets;
    int n = count;
    byte[] spare = spareArena;
    int[] spareAt = spareOffsets;
    arena = spare != null ? spare : newArena(laterRuns);
    offsets = spareAt != null ? spareAt : new int[1024];
    spareArena = null;
    spareOffsets = null;
    count = 0;
    used = 0;
    writing =
        writer()
            .submit(
                () -> {
                  writeRun(run, data, at, n);
                  // read by the caller only after awaitWriting: the future orders the writes
                  spareArena = data;
                  spareOffsets = at;
                  return null;
                });
  }

  /**
   * The thread that writes the runs after the first, started on first use: one thread, which ends
   * after a second without work, so that a batch never closed leaves none.
   */
  private ExecutorService writer() {
    ExecutorService w = writer;
    if (w == null) {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              1,
              1,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread t = new Thread(task, "shegong-batch-spill");
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      w = pool;
      writer = w;
    }
    return w;
  }

  /** An arena for a run of up to {@code bytes}: it starts small and grows as entries come. */
  private static byte[] newArena(long bytes) {
    return new byte[(int) Math.min(bytes + 64, 1 << 16)];
  }

  /** Keeps a failure to write a run as the sorter's failure, and returns what to throw. */
  private UncheckedIOException failed(IOException e) {
    failure = e;
    return spillFailure(e);
  }

  /** Waits for the run being written in the background, and throws its error. */
  private void awaitWriting() {
    awaitQuietly();
    throwFailure();
  }

  /**
   * Waits for the run being written in the background, keeping its error as the sorter's failure.
   */
  private void awaitQuietly() {
    Future<?> pending = writing;
    if (pending == null) {
      return;
    }
    writing = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          pending.get(); // a run takes a bounded time to write: wait for it even if interrupted
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() != null ? e.getCause() : e;
          }
          return;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Throws the sorter's failure, if a run could not be written. */
  private void throwFailure() {
    Throwable f = failure;
    if (f == null) {
      return;
    }
    if (f instanceof IOException io) {
      throw spillFailure(io);
    }
    if (f instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (f instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("the batch rules could not spill their state to disk", f);
  }

  private static UncheckedIOException spillFailure(IOException e) {
    return new UncheckedIOException("the batch rules could not spill their state to disk", e);
  }

  private void stopWriter() {
    ExecutorService w = writer;
    if (w != null) {
      w.shutdown();
      writer = null;
    }
  }

  /** Sorts entries of an arena and writes them to a run. */
  private void writeRun(Path run, byte[] data, int[] offsets, int count) throws IOException {
    int[] sorted = sort(data, offsets, count);
    try (BlockWriter out = new BlockWriter(opener.open(run))) {
      Cursor cursor = new ArenaCursor(data, sorted, count);
      while (cursor.next()) {
        out.entry(cursor);
      }
    }
  }

  /**
   * Writes a run's entries through a block of its own: {@code BufferedOutputStream}'s methods are
   * synchronized, a lock taken per call, and an entry is four calls (two of them per byte).
   *
   * @since 0.1.0
   */
  private static final class BlockWriter implements Closeable {
    private final OutputStream out;
    private final byte[] block = new byte[BUFFER];
    private int filled;

    BlockWriter(OutputStream out) {
      this.out = out;
    }

    /** Writes the cursor's entry: the key's length and the payload's as varints, then both. */
    void entry(Cursor cursor) throws IOException {
      if (block.length - filled < 10) {
        flush();
      }
      filled = putVarint(block, filled, cursor.keyLength());
      filled = putVarint(block, filled, cursor.payloadLength());
      bytes(cursor.key(), cursor.keyOffset(), cursor.keyLength());
      bytes(cursor.payload(), cursor.payloadOffset(), cursor.payloadLength());
    }

    private void bytes(byte[] data, int offset, int length) throws IOException {
      if (length > block.length - filled) {
        flush();
        if (length > block.length) {
          out.write(data, offset, length);
          return;
        }
      }
      System.arraycopy(data, offset, block, filled, length);
      filled += length;
    }

    private void flush() throws IOException {
      if (filled > 0) {
        out.write(block, 0, filled);
        filled = 0;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        flush();
      } finally {
        out.close();
      }
    }
  }

  private static int putVarint(byte[] data, int at, int value) {
    while ((value & ~0x7f) != 0) {
      data[at++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    data[at++] = (byte) value;
    return at;
  }

  /**
   * Sorts an arena's entries by key, stably: a bottom-up merge sort on the first {@value #PREFIX}
   * bytes of each key, held in two {@code long}s beside the entry's offset, so that the passes read
   * arrays in order; only keys whose prefixes are equal are compared in the arena.
   *
   * @return the offsets of the first {@code n} entries in key order (a new array)
   */
  private static int[] sort(byte[] arena, int[] offsets, int n) {
    long[] high = new long[n];
    long[] low = new long[n];
    int[] at = Arrays.copyOf(offsets, n);
    for (int i = 0; i < n; i++) {
      prefix(arena, at[i], high, low, i);
    }
    long[] high2 = new long[n];
    long[] low2 = new long[n];
    int[] at2 = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          int c = Long.compareUnsigned(high[j], high[i]);
          if (c == 0) {
            c = Long.compareUnsigned(low[j], low[i]);
            if (c == 0) {
              c = compareAt(arena, at[j], at[i]);
            }
          }
          int from = c < 0 ? j++ : i++; // the left one on a tie: stable
          high2[k] = high[from];
          low2[k] = low[from];
          at2[k++] = at[from];
        }
        for (; i < mid; i++, k++) {
          high2[k] = high[i];
          low2[k] = low[i];
          at2[k] = at[i];
        }
        for (; j < hi; j++, k++) {
          high2[k] = high[j];
          low2[k] = low[j];
          at2[k] = at[j];
        }
      }
      long[] swapHigh = high;
      high = high2;
      high2 = swapHigh;
      long[] swapLow = low;
      low = low2;
      low2 = swapLow;
      int[] swapAt = at;
      at = at2;
      at2 = swapAt;
    }
    return at;
  }

  /**
   * Puts the first {@value #PREFIX} bytes of an entry's key, big-endian and padded with zeros, into
   * {@code high[i]} and {@code low[i]}: unsigned, they order as the keys do, but for ties.
   */
  private static void prefix(byte[] d, int entry, long[] high, long[] low, int i) {
    int p = entry;
    int length = 0;
    int shift = 0;
    byte x;
    do {
      x = d[p++];
      length |= (x & 0x7f) << shift;
      shift += 7;
    } while (x < 0);
    do {
      x = d[p++];
    } while (x < 0);
    long h = 0;
    long l = 0;
    for (int b = 0; b < PREFIX; b++) {
      long v = b < length ? d[p + b] & 0xffL : 0;
      if (b < 8) {
        h |= v << (56 - 8 * b);
      } else {
        l |= v << (120 - 8 * b);
      }
    }
    high[i] = h;
    low[i] = l;
  }

  private static int compareAt(byte[] d, int a, int b) {
    int ka = 0;
    int shift = 0;
    byte x;
    do {
      x = d[a++];
      ka |= (x & 0x7f) << shift;
      shift += 7;
    } while (x < 0);
    do {
      x = d[a++];
    } while (x < 0);
    int kb = 0;
    shift = 0;
    do {
      x = d[b++];
      kb |= (x & 0x7f) << shift;
      shift += 7;
    } while (x < 0);
    do {
      x = d[b++];
    } while (x < 0);
    return compare(d, a, ka, d, b, kb);
  }

  /**
   * Compares two keys as unsigned bytes, a prefix first.
   *
   * @param a the first key's array
   * @param aOffset its first byte
   * @param aLength its length
   * @param b the second key's array
   * @param bOffset its first byte
   * @param bLength its length
   * @return negative, zero or positive
   */
  public static int compare(
      byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
    return Arrays.compareUnsigned(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
  }

  /** Deletes the runs. */
  @Override
  public void close() {
    awaitQuietly(); // closing: a failed run's error is not thrown again, and the runs are deleted
    stopWriter();
    release();
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        // best effort: the batch deletes its whole directory afterwards
      }
    }
    runs.clear();
  }

  /**
   * Entries in key order.
   *
   * @since 0.1.0
   */
  public interface Cursor extends Closeable {

    /**
     * Moves to the next entry.
     *
     * @return false when there is none
     * @throws IOException when a run cannot be read
     */
    boolean next() throws IOException;

    /**
     * Returns the array holding the current key.
     *
     * @return the array
     */
    byte[] key();

    /**
     * Returns the offset of the current key in {@link #key()}.
     *
     * @return the offset
     */
    int keyOffset();

    /**
     * Returns the length of the current key.
     *
     * @return the length
     */
    int keyLength();

    /**
     * Returns the array holding the current payload.
     *
     * @return the array
     */
    byte[] payload();

    /**
     * Returns the offset of the current payload in {@link #payload()}.
     *
     * @return the offset
     */
    int payloadOffset();

    /**
     * Returns the length of the current payload.
     *
     * @return the length
     */
    int payloadLength();

    @Override
    void close();
  }

  /**
   * The entries of the arena, never written.
   *
   * @since 0.1.0
   */
  private static final class ArenaCursor implements Cursor {
    private final byte[] data;
    private final int[] offsets;
    private final int count;
    private int index = -1;
    private int keyOffset;
    private int keyLength;
    private int payloadOffset;
    private int payloadLength;

    ArenaCursor(byte[] data, int[] offsets, int count) {
      this.data = data;
      this.offsets = offsets;
      this.count = count;
    }

    @Override
    public boolean next() {
      if (++index >= count) {
        return false;
      }
      int p = offsets[index];
      int value = 0;
      int shift = 0;
      byte b;
      do {
        b = data[p++];
        value |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      keyLength = value;
      value = 0;
      shift = 0;
      do {
        b = data[p++];
        value |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      payloadLength = value;
      keyOffset = p;
      payloadOffset = p + keyLength;
      return true;
    }

    @Override
    public byte[] key() {
      return data;
    }

    @Override
    public int keyOffset() {
      return keyOffset;
    }

    @Override
    public int keyLength() {
      return keyLength;
    }

    @Override
    public byte[] payload() {
      return data;
    }

    @Override
    public int payloadOffset() {
      return payloadOffset;
    }

    @Override
    public int payloadLength() {
      return payloadLength;
    }

    @Override
    public void close() {}
  }

  /**
   * The entries of one run file.
   *
   * @since 0.1.0
   */
  private static final class RunCursor implements Cursor {
    private final InputStream in;

    // a block of its own, not a BufferedInputStream, whose read() takes a lock per byte
    private final byte[] block = new byte[BUFFER];
    private int position;
    private int limit;
    final int order;
    private byte[] key = new byte[64];
    private int keyLength;
    private byte[] payload = new byte[64];
    private int payloadLength;

    RunCursor(Path run, int order) throws IOException {
      this.in = Files.newInputStream(run);
      this.order = order;
    }

    /** The next byte of the run, or -1 at its end. */
    private int read() throws IOException {
      if (position == limit) {
        int n;
        do {
          n = in.read(block, 0, block.length);
        } while (n == 0);
        if (n < 0) {
          return -1;
        }
        position = 0;
        limit = n;
      }
      return block[position++] & 0xff;
    }

    @Override
    public boolean next() throws IOException {
      int first = read();
      if (first < 0) {
        return false;
      }
      keyLength = varint(first);
      payloadLength = varint(read());
      if (key.length < keyLength) {
        key = new byte[Math.max(keyLength, key.length * 2)];
      }
      if (payload.length < payloadLength) {
        payload = new byte[Math.max(payloadLength, payload.length * 2)];
      }
      readFully(key, keyLength);
      readFully(payload, payloadLength);
      return true;
    }

    private int varint(int first) throws IOException {
      int b = first;
      int value = 0;
      int shift = 0;
      while (true) {
        if (b < 0) {
          throw new EOFException("a spilled run ends inside an entry");
        }
        value |= (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
        shift += 7;
        b = read();
      }
    }

    private void readFully(byte[] into, int length) throws IOException {
      int done = 0;
      while (done < length) {
        if (position == limit && read() >= 0) {
          position--; // refilled: give the byte back
        }
        if (position == limit) {
          throw new EOFException("a spilled run ends inside an entry");
        }
        int n = Math.min(length - done, limit - position);
        System.arraycopy(block, position, into, done, n);
        position += n;
        done += n;
      }
    }

    @Override
    public byte[] key() {
      return key;
    }

    @Override
    public int keyOffset() {
      return 0;
    }

    @Override
    public int keyLength() {
      return keyLength;
    }

    @Override
    public byte[] payload() {
      return payload;
    }

    @Override
    public int payloadOffset() {
      return 0;
    }

    @Override
    public int payloadLength() {
      return payloadLength;
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // nothing to do: the file is deleted afterwards
      }
    }
  }

  /**
   * The k-way merge of runs; equal keys come in run order.
   *
   * @since 0.1.0
   */
  private static final class MergeCursor implements Cursor {
    private final PriorityQueue<RunCursor> queue;
    private final List<RunCursor> all;
    private final List<Path> files;
    private RunCursor current;
    private boolean started;

    MergeCursor(List<RunCursor> cursors, List<Path> files) throws IOException {
      this.all = cursors;
      this.files = files;
      this.queue =
          new PriorityQueue<>(
              Math.max(1, cursors.size()),
              (a, b) -> {
                int c = compare(a.key, 0, a.keyLength, b.key, 0, b.keyLength);
                return c != 0 ? c : Integer.compare(a.order, b.order);
              });
      for (RunCursor cursor : cursors) {
        if (cursor.next()) {
          queue.add(cursor);
        }
      }
      current = queue.peek();
    }

    @Override
    public boolean next() throws IOException {
      if (started && current != null) {
        RunCursor done = queue.poll();
        if (done != null && done.next()) {
          queue.add(done);
        }
      }
      started = true;
      current = queue.peek();
      return current != null;
    }

    private RunCursor current() {
      RunCursor c = current;
      if (c == null) {
        throw new IllegalStateException("no current entry");
      }
      return c;
    }

    @Override
    public byte[] key() {
      return current().key;
    }

    @Override
    public int keyOffset() {
      return 0;
    }

    @Override
    public int keyLength() {
      return current().keyLength;
    }

    @Override
    public byte[] payload() {
      return current().payload;
    }

    @Override
    public int payloadOffset() {
      return 0;
    }

    @Override
    public int payloadLength() {
      return current().payloadLength;
    }

    @Override
    public void close() {
      for (RunCursor cursor : all) {
        cursor.close();
      }
      for (Path file : files) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // best effort: the batch deletes its whole directory afterwards
        }
      }
    }
  }
}
