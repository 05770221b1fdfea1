package org.shegong.validation.internal.batch;

import org.jspecify.annotations.Nullable;

/**
 * The ids of an {@link IdTable} that are a prefix and a number of a fixed width ({@code C-000001},
 * {@code ST-000042}), held by their number in pages: the shape in which exchange files number their
 * records.
 *
 * <p>A text is split into a <em>run</em>, its prefix and the width of its trailing number (at most
 * {@value #MAX_WIDTH} digits; the prefix is the rest, at most {@value #MAX_PREFIX} characters, not
 * empty and not digits only), and the number. Each run keeps its numbers in pages of {@value #PAGE}
 * values and presence bits, so that the ids {@code C-000001} to {@code C-300000} take about 300
 * pages (1.2 MB) where the hash table took 24 bytes a slot and doubled, and a lookup reads one page
 * that the lookups of its neighbours read too. Every text maps to one run and number and back
 * ({@code C-1} and {@code C-000001} are of different runs), so the index answers exactly.
 *
 * <p>Bounded: a table holds at most {@value #MAX_RUNS} runs, and a page is created only while the
 * pages hold at least one entry in four of their places beyond the first {@value #FREE_PAGES}
 * pages. When a text would need a run or a page beyond that, the index <em>closes</em> for good: no
 * run or page is created again, and every text of a run or page it does not have goes to the hash
 * table. As the index only ever stops growing, a text that went to the hash table never has a page
 * later, and each text is in one place only. Crafted numbers (one id a page apart) thus cost at
 * most the free pages, then the hash table's bounds.
 *
 * <p>Not thread-safe; a lookup leaves its outcome in fields ({@link #value}, the page and place)
 * for the call that follows.
 *
 * @since 0.1.0
 */
final class DenseIds {

  /** The most digits of a number: below 10⁹, which fits the pages' two-level directory. */
  static final int MAX_WIDTH = 9;

  /** The longest prefix of a run. */
  static final int MAX_PREFIX = 24;

  /** The most runs of one table. */
  static final int MAX_RUNS = 16;

  /** Numbers per page. */
  static final int PAGE = 1 << 10;

  /** Pages created whatever the density. */
  static final int FREE_PAGES = 64;

  /** Ints of a page: the values, then the presence bits. */
  private static final int PAGE_INTS = PAGE + PAGE / 32;

  /** Outcome of {@link #find}: the text is not of the index; ask the hash table. */
  static final int ELSEWHERE = 0;

  /** Outcome of {@link #find}: absent; {@link #store} puts it where it goes. */
  static final int ABSENT = 1;

  /** Outcome of {@link #find}: present, with its {@link #value}. */
  static final int PRESENT = 2;

  /**
   * One prefix and width: its pages by number, in a directory of 1,024 × 1,024 pages.
   *
   * @since 0.1.0
   */
  private static final class Run {
    final char[] prefix;
    final int width;
    final int[][] @Nullable [] directory = new int[PAGE][][];

    Run(CharSequence text, int prefixLength, int width) {
      this.prefix = new char[prefixLength];
      for (int i = 0; i < prefixLength; i++) {
        prefix[i] = text.charAt(i);
      }
      this.width = width;
    }

    boolean matches(CharSequence text, int prefixLength, int width) {
      if (this.width != width || prefix.length != prefixLength) {
        return false;
      }
      for (int i = prefixLength - 1; i >= 0; i--) {
        if (prefix[i] != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private Run[] runs = new Run[0];

  /** The run the last lookup found: most tables hold the ids of one record type, one run. */
  private @Nullable Run last;

  private long pages;
  private long directories;
  private int size;
  private boolean closed;

  /** The value a lookup found. */
  int value;

  /** The page and place of the last lookup, for {@link #store}. */
  private int @Nullable [] page;

  private int place;

  /**
   * Finds a text.
   *
   * @param text the text; not null
   * @param create whether a missing page (and run) of the text is created, as far as the bounds
   *     allow: for a text about to be stored
   * @return {@link #PRESENT} (then {@link #value} is set), {@link #ABSENT} (the text is nowhere in
   *     the table; with {@code create}, {@link #store} may follow) or {@link #ELSEWHERE} (the hash
   *     table holds it, or would)
   */
  int find(CharSequence text, boolean create) {
    int n = text.length();
    if (n < 2 || n > MAX_PREFIX + MAX_WIDTH) {
      return ELSEWHERE;
    }
    long trailing = IdTable.trailingNumber(text, MAX_WIDTH);
    int j = (int) (trailing >>> 32);
    int number = (int) trailing;
    int width = n - j;
    if (width == 0 || j == 0 || j > MAX_PREFIX || digitsOnly(text, j)) {
      return ELSEWHERE;
    }
    Run run = last;
    if (run == null || !run.matches(text, j, width)) {
      run = null;
      for (Run r : runs) {
        if (r.matches(text, j, width)) {
          run = r;
          break;
        }
      }
      if (run == null) {
        if (closed) {
          return ELSEWHERE;
        }
        if (!create) {
          return ABSENT; // never closed: a text of this shape can only be here
        }
        if (runs.length == MAX_RUNS) {
          closed = true;
          return ELSEWHERE;
        }
        run = new Run(text, j, width);
        Run[] more = new Run[runs.length + 1];
        System.arraycopy(runs, 0, more, 0, runs.length);
        more[runs.length] = run;
        runs = more;
      }
      last = run;
    }
    int pageNumber = number >>> 10;
    int[][] directory = run.directory[pageNumber >>> 10];
    int[] found = directory == null ? null : directory[pageNumber & (PAGE - 1)];
    if (found == null) {
      if (closed) {
        return ELSEWHERE;
      }
      if (!create) {
        return ABSENT;
      }
      if (pages >= FREE_PAGES && pages * PAGE > 4L * size) {
        closed = true;
        return ELSEWHERE;
      }
      if (directory == null) {
        directory = new int[PAGE][];
        run.directory[pageNumber >>> 10] = directory;
        directories++;
      }
      found = new int[PAGE_INTS];
      directory[pageNumber & (PAGE - 1)] = found;
      pages++;
    }
    int at = number & (PAGE - 1);
    page = found;
    place = at;
    if ((found[PAGE + (at >>> 5)] & (1 << at)) != 0) {
      value = found[at];
      return PRESENT;
    }
    return ABSENT;
  }

  private static boolean digitsOnly(CharSequence text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Stores a value for the text that {@link #find} with {@code create} just found {@link #ABSENT}.
   *
   * @param stored the value
   */
  void store(int stored) {
    int[] p = page;
    if (p == null) {
      throw new IllegalStateException("store without a page found");
    }
    p[place] = stored;
    p[PAGE + (place >>> 5)] |= 1 << place;
    size++;
  }

  /**
   * Returns the number of texts held.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Returns the memory held, in bytes: pages, directories and runs.
   *
   * @return the bytes
   */
  long bytes() {
    return pages * (16L + 4L * PAGE_INTS) + directories * (16L + 4L * PAGE) + 64L * runs.length;
  }

  /**
   * Tells whether the index closed: it creates no run and no page any more.
   *
   * @return true once closed
   */
  boolean closed() {
    return closed;
  }

  /**
   * Lists every text held with its value, in no particular order.
   *
   * @param consumer receives each entry; not null
   */
  void forEach(IdTable.EntryConsumer consumer) {
    StringBuilder text = new StringBuilder();
    for (Run run : runs) {
      for (int d = 0; d < PAGE; d++) {
        int[][] directory = run.directory[d];
        if (directory == null) {
          continue;
        }
        for (int p = 0; p < PAGE; p++) {
          int[] values = directory[p];
          if (values == null) {
            continue;
          }
          for (int at = 0; at < PAGE; at++) {
            if ((values[PAGE + (at >>> 5)] & (1 << at)) != 0) {
              text.setLength(0);
              text.append(run.prefix);
              String digits = Integer.toString((((d << 10) | p) << 10) | at);
              for (int z = digits.length(); z < run.width; z++) {
                text.append('0');
              }
              consumer.accept(text.append(digits).toString(), values[at]);
            }
          }
        }
      }
    }
  }
}
