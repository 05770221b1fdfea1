package org.shegong.validation.internal.engine;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;

/**
 * The Hibernate Validator factories of the model: one per reference date, built on first use and
 * shared by every {@code ShegongValidator} with that date; each validator gets its own {@link
 * Validator} with its payload.
 *
 * <p>This is the reference engine: {@code ShegongValidator.validate} uses the direct engine ({@link
 * RecordPlans}), made from the same declarations ({@link ModelConstraints}), and the module's
 * equivalence test holds the two to the same issues. A Hibernate Validator validator is built only
 * when the reference is asked for.
 *
 * <p>The factories are predefined-scope factories: the model is a closed set of types, so their
 * metadata is built once, up front. Such a factory does not accept a validator-specific clock, so
 * the clock — fixed at the reference date, it drives {@code @PastOrPresent} and the constraint
 * validators' notion of today — is set on the factory, and factories are cached per date (the eight
 * most recently used; a validator keeps its own factory alive). Messages use the {@link
 * ParameterMessageInterpolator}: no Expression Language. Record-style accessors are properties
 * ({@link RecordAccessors}), nodes carry JSON names ({@link JsonFieldNames}), generated
 * implementation classes map to their abstract type ({@link ModelTypes}), every property is
 * traversable (there is no persistence layer to ask), and no bean is tracked for cycles (the model
 * is a tree).
 *
 * @since 0.1.0
 */
public final class ModelValidatorFactory {

  /** The time zone of reference dates: China Standard Time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ModelValidatorFactory() {}

  private static final int CACHED_DATES = 8;

  private static final Map<LocalDate, HibernateValidatorFactory> FACTORIES =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, HibernateValidatorFactory> e) {
          return size() > CACHED_DATES;
        }
      };

  /**
   * Returns the factory of a reference date, building it on first use.
   *
   * @param asOf the reference date; not null
   * @return the factory, never null
   */
  public static HibernateValidatorFactory factory(LocalDate asOf) {
    synchronized (FACTORIES) {
      return FACTORIES.computeIfAbsent(asOf, ModelValidatorFactory::build);
    }
  }

  /**
   * Returns a validator with a fixed clock at a reference date and a payload.
   *
   * @param asOf the reference date; not null
   * @param payload the payload of the constraint validators; not null
   * @return a thread-safe validator, never null
   */
  public static Validator validator(LocalDate asOf, ValidationPayload payload) {
    return factory(asOf).usingContext().constraintValidatorPayload(payload).getValidator();
  }

  private static HibernateValidatorFactory build(LocalDate asOf) {
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZONE);
    PredefinedScopeHibernateValidatorConfiguration configuration =
        Validation.byProvider(PredefinedScopeHibernateValidator.class).configure();
    configuration
        .ignoreXmlConfiguration()
        .clockProvider(() -> clock)
        .messageInterpolator(new ParameterMessageInterpolator())
        .traversableResolver(new EverythingTraversable())
        .enableTraversableResolverResultCache(false)
        .getterPropertySelectionStrategy(new RecordAccessors())
        .propertyNodeNameProvider(new JsonFieldNames())
        .beanMetaDataClassNormalizer(new ModelTypes())
        .processedBeansTrackingVoter(new TreeShapedModel())
        .builtinConstraints(ModelConstraints.BUILT_IN_CONSTRAINTS)
        .initializeBeanMetaData(ModelTypes.all());
    configuration.addMapping(ModelConstraints.declare(configuration.createConstraintMapping()));
    ValidatorFactory factory = configuration.buildValidatorFactory();
    return factory.unwrap(HibernateValidatorFactory.class);
  }

  /**
   * The model is a tree of immutable values: no bean is reached twice, nothing to track.
   *
   * @since 0.1.0
   */
  private static final class TreeShapedModel implements ProcessedBeansTrackingVoter {
    @Override
    public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
      return Vote.NON_TRACKING;
    }

    @Override
    public Vote isEnabledForReturnValue(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }

    @Override
    public Vote isEnabledForParameters(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }
  }

  private static final class EverythingTraversable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean,
        Path.Node node,
        Class<?> rootBeanType,
        Path pathToTraversableObject,
        ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean,
        Path.Node node,
        Class<?> rootBeanType,
        Path pathToTraversableObject,
        ElementType elementType) {
      return true;
    }
  }
}
