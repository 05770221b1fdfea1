package org.shegong.validation.internal.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Recognises record-style accessors ({@code name()}, not {@code getName()}) as properties: every
 * method without parameters that returns a value, except those of {@link Object}.
 *
 * <p>Used only by the model's validator factory, whose types follow the convention throughout.
 *
 * @since 0.1.0
 */
public final class RecordAccessors implements GetterPropertySelectionStrategy {

  private static final Set<String> OBJECT_METHODS =
      Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait");

  /** Creates the strategy. */
  public RecordAccessors() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
