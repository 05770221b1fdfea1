package org.shegong.core.property;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The seeds of a {@link PropertyTest}: {@code tries} seeds drawn from a fresh run seed, so that
 * every run explores new cases, each case reproducible from the seed in its name.
 *
 * <ul>
 *   <li>{@code -Dshegong.seed=<seed>} runs exactly one case, the one with that seed (replay a
 *       failure: {@code mvn -pl core test -Dtest='CitizenIdProperties#everySingle*'
 *       -Dshegong.seed=-4102…}).
 *   <li>{@code -Dshegong.tries=<n>} runs {@code n} cases per property instead of the annotation's
 *       {@code tries}.
 * </ul>
 */
public final class Seeds extends AnnotationBasedArgumentsProvider<PropertyTest> {

  /** System property that replays one seed. */
  public static final String SEED_PROPERTY = "shegong.seed";

  /** System property that sets the number of cases per property. */
  public static final String TRIES_PROPERTY = "shegong.tries";

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, PropertyTest property) {
    String replay = System.getProperty(SEED_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return Stream.of(Arguments.of(Gen.seeded(Long.parseLong(replay.strip()))));
    }
    String override = System.getProperty(TRIES_PROPERTY);
    int tries =
        override == null || override.isBlank()
            ? property.tries()
            : Integer.parseInt(override.strip());
    SplittableRandom run = new SplittableRandom(new SecureRandom().nextLong());
    return Stream.generate(() -> Arguments.of(Gen.seeded(run.nextLong()))).limit(tries);
  }
}
