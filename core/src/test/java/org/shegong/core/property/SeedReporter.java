package org.shegong.core.property;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Puts the seed of a failing {@link PropertyTest} case into the failure message, with the option
 * that replays it, so that the build log alone is enough to reproduce the case.
 */
public final class SeedReporter implements InvocationInterceptor {

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      Gen gen =
          invocationContext.getArguments().stream()
              .filter(Gen.class::isInstance)
              .map(Gen.class::cast)
              .findFirst()
              .orElse(null);
      if (gen == null) {
        throw failure;
      }
      throw new AssertionError(
          "property failed for "
              + gen
              + " (replay: -D"
              + Seeds.SEED_PROPERTY
              + "="
              + gen.seed()
              + "): "
              + failure.getMessage(),
          failure);
    }
  }
}
