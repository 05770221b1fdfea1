package org.shegong.core.division;

/**
 * Measures the cold load time and the retained heap of the bundled table; not a test.
 *
 * <p>Run in a fresh JVM after {@code mvn -pl core test-compile}:
 *
 * <pre>
 * java -XX:+UseSerialGC -cp core/target/classes:core/target/test-classes \
 *     org.shegong.core.division.BundledTableMeasurement
 * </pre>
 *
 * <p>Retained heap is the used heap after full GCs with the table reachable, minus the same before
 * loading; with a single-threaded collector {@link Runtime} figures are stable to a few KB.
 */
public final class BundledTableMeasurement {

  private BundledTableMeasurement() {}

  /**
   * Loads the bundled table once and prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // touch the API types first so that their class loading is not counted as table load
    DivisionCode.of("640502");
    long before = usedAfterGc();

    long start = System.nanoTime();
    DivisionTable table = DivisionTable.bundled();
    long loadNanos = System.nanoTime() - start;

    long after = usedAfterGc();
    long lookupStart = System.nanoTime();
    int found = 0;
    for (int i = 0; i < 1_000_000; i++) {
      if (table.contains("640502100")) {
        found++;
      }
    }
    long lookupNanos = System.nanoTime() - lookupStart;

    System.out.printf(
        "%s%ncold load: %.1f ms%nretained heap: %.2f MB (%d bytes)%n"
            + "1e6 find(String) hits: %d in %.1f ms%n",
        table,
        loadNanos / 1e6,
        (after - before) / (1024.0 * 1024.0),
        after - before,
        found,
        lookupNanos / 1e6);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
