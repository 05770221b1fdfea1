package org.shegong.validation.internal.engine;

import java.util.Set;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;
import org.shegong.core.model.FieldNames;

/**
 * Maps the generated implementation classes of the model ({@code ImmutableChild}, …) to their
 * abstract model type, so that Hibernate Validator builds metadata for — and applies the
 * constraints of — the abstract type only, once.
 *
 * @since 0.1.0
 */
public final class ModelTypes implements BeanMetaDataClassNormalizer {

  private static final Set<Class<?>> MODEL_TYPES = FieldNames.modelTypes();

  /** Creates the normalizer. */
  public ModelTypes() {}

  /**
   * Returns the abstract model types: the record types and the nested objects.
   *
   * @return the 18 types, never null
   */
  public static Set<Class<?>> all() {
    return MODEL_TYPES;
  }

  private static final ClassValue<Class<?>> NORMALIZED =
      new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> beanClass) {
          for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
            if (MODEL_TYPES.contains(type)) {
              return type;
            }
          }
          return beanClass;
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> Class<? super T> normalize(Class<T> beanClass) {
    return (Class<? super T>) NORMALIZED.get(beanClass);
  }
}
