package org.shegong.core.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property: a {@link ParameterizedTest} run once per seed, each case receiving a {@link Gen}
 * seeded for it. The case name shows the seed ("{@code 17: seed -4102…}"), so that a failing case
 * is replayed exactly with {@code -Dshegong.seed=<seed>} (see {@link Seeds}); a failure message
 * names the seed too ({@link SeedReporter}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{index}: {0}")
@ArgumentsSource(Seeds.class)
@ExtendWith(SeedReporter.class)
public @interface PropertyTest {

  /** Cases per run; {@code -Dshegong.tries=N} overrides it. */
  int tries() default 1000;
}
