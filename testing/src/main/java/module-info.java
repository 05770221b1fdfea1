/**
 * Shegong testing: seeded sample data, "break exactly one rule" mutators and AssertJ assertions for
 * the test suites of applications that use Shegong.
 *
 * <p>The sample-data and mutation packages use only {@code org.shegong.core}; AssertJ is needed
 * only by {@code org.shegong.testing.assertions} and JUnit Jupiter only by {@code
 * org.shegong.testing.junit}, hence {@code requires static}.
 *
 * @since 0.1.0
 */
module org.shegong.testing {
  requires transitive org.shegong.core;
  requires static org.assertj.core;
  requires static org.junit.jupiter.api;
  requires static org.jspecify;

  exports org.shegong.testing.sample;
  exports org.shegong.testing.mutation;
  exports org.shegong.testing.assertions;
  exports org.shegong.testing.junit;
}
