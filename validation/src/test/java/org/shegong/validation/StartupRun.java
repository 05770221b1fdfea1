package org.shegong.validation;

import org.shegong.core.division.DivisionTable;
import org.shegong.validation.internal.engine.ModelValidatorFactory;

/** Prints how long the parts of building a validator take in a fresh JVM. */
public final class StartupRun {

  private StartupRun() {}

  /**
   * Times the start-up.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    DivisionTable.bundled();
    long t1 = System.nanoTime();
    ModelValidatorFactory.factory(Generated.AS_OF);
    long t2 = System.nanoTime();
    ShegongValidator validator = ShegongValidator.create(Generated.config());
    long t3 = System.nanoTime();
    validator.validate(Generated.child());
    long t4 = System.nanoTime();
    ShegongValidator.create(Generated.config().withAsOf(Generated.AS_OF.plusDays(1)));
    long t5 = System.nanoTime();
    System.out.printf(
        "division table %d ms, factory %d ms, validator %d ms, first record %d ms,"
            + " validator for another date %d ms%n",
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t4 - t3) / 1_000_000,
        (t5 - t4) / 1_000_000);
  }
}
