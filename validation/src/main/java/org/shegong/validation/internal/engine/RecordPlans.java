package org.shegong.validation.internal.engine;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.validation.internal.constraints.IdentifierChecks;
import org.shegong.validation.internal.engine.ModelConstraints.CitizenIdCheck;
import org.shegong.validation.internal.engine.ModelConstraints.CreditCodeCheck;
import org.shegong.validation.internal.engine.ModelConstraints.DivisionCheck;
import org.shegong.validation.internal.engine.ModelConstraints.ElementCheck;
import org.shegong.validation.internal.engine.ModelConstraints.InRange;
import org.shegong.validation.internal.engine.ModelConstraints.MobileCheck;
import org.shegong.validation.internal.engine.ModelConstraints.NotFuture;
import org.shegong.validation.internal.rules.FindingSink;
import org.shegong.validation.internal.rules.RecordChecks;

/**
 * The direct engine: runs the model's constraints on a record without Hibernate Validator, with the
 * same checks and the same findings at the same JSON Pointers.
 *
 * <p>When a validator is built, {@link ModelConstraints}' declarations ({@link
 * ModelConstraints#ELEMENTS}, {@link ModelConstraints#CASCADES}, {@link
 * ModelConstraints#RECORD_TYPES}) — the same declarations from which the Hibernate Validator
 * mapping is made — become one plan per record type: the accessors bound once ({@link Accessors}),
 * each element's check chosen once, the nested objects' plans linked, the reference date, division
 * table and credit-code strictness of the configuration fixed. Validating a record then walks its
 * plan: each present element goes to the same check code as the constraint validators ({@link
 * IdentifierChecks}, {@link ModelConstraints#notFuture}, {@link ModelConstraints#inRange}), and the
 * record rules run as {@link RecordChecks#check}; nothing is looked up, no path object is built and
 * no clock is read. A pointer is written only for a finding.
 *
 * <p>The findings are those Hibernate Validator gives, in the order the caller sorts them: {@link
 * Findings#sorted()} sorts by pointer and rule code and, like Hibernate Validator's set of
 * violations (whose equality ignores the dynamic payload), keeps the first of two findings of one
 * rule at one pointer. The equivalence test of the module compares the two engines on the testing
 * module's generated and mutated records.
 *
 * <p>Immutable and thread-safe; a validation allocates nothing beyond what the checks themselves
 * allocate until something is found.
 *
 * @since 0.1.0
 */
public final class RecordPlans {

  private static final ThreadLocal<Findings> FINDINGS = ThreadLocal.withInitial(Findings::new);

  private final ValidationPayload payload;
  private final Map<RecordType, Plan> plans = new EnumMap<>(RecordType.class);

  /**
   * Builds the plans of every record type for a configuration.
   *
   * @param payload the configuration of the checks; not null
   * @throws IllegalStateException when a declaration names no accessor of its type, or an accessor
   *     that is not an {@code Optional} (or, for a nested object, a {@code List})
   */
  public RecordPlans(ValidationPayload payload) {
    this.payload = Objects.requireNonNull(payload, "payload");
    Map<Class<?>, Plan> byType = new HashMap<>();
    for (RecordType type : RecordType.values()) {
      Class<?> javaType = type.javaType();
      if (!ModelConstraints.RECORD_TYPES.contains(javaType)) {
        throw new IllegalStateException("record type " + type + " has no record rules declared");
      }
      plans.put(type, plan(javaType, true, byType));
    }
  }

  /**
   * Runs every per-record check on a record.
   *
   * @param record the record; not null
   * @return the findings, sorted by pointer and rule code, never null; empty, and the same empty
   *     list every time, for a record without findings
   */
  public List<Finding.AtPointer> check(ExchangeRecord record) {
    Plan plan = Objects.requireNonNull(plans.get(record.recordType()), "a plan per record type");
    Findings findings = FINDINGS.get();
    findings.reset();
    try {
      plan.run(record, findings);
      return findings.sorted();
    } finally {
      // a check that threw leaves no findings and no path behind for the next record
      findings.reset();
    }
  }

  private Plan plan(Class<?> type, boolean recordRules, Map<Class<?>, Plan> byType) {
    Plan known = byType.get(type);
    if (known != null) {
      return known;
    }
    Plan plan = new Plan(recordRules ? payload : null);
    byType.put(type, plan);
    List<Step> steps = new ArrayList<>();
    for (ModelConstraints.Element element : ModelConstraints.ELEMENTS) {
      if (element.type() == type) {
        requireReturns(type, element.property(), Optional.class);
        steps.add(step(element));
      }
    }
    for (ModelConstraints.Cascade cascade : ModelConstraints.CASCADES) {
      if (cascade.type() == type) {
        Method accessor = accessor(type, cascade.property());
        Class<?> nested = elementType(accessor);
        Plan nestedPlan = plan(nested, false, byType);
        Function<Object, Object> get = Accessors.of(type, cascade.property());
        if (accessor.getReturnType() == Optional.class) {
          steps.add(new OptionalCascade(get, cascade.property(), nestedPlan));
        } else if (accessor.getReturnType() == List.class) {
          steps.add(new ListCascade(get, cascade.property(), nestedPlan));
        } else {
          throw new IllegalStateException(
              type.getName() + "." + cascade.property() + " is neither an Optional nor a List");
        }
      }
    }
    plan.steps = steps.toArray(new Step[0]);
    return plan;
  }

  private Step step(ModelConstraints.Element element) {
    Function<Object, Object> get = Accessors.of(element.type(), element.property());
    String property = element.property();
    ElementCheck check = element.check();
    LocalDate asOf = payload.asOf();
    if (check instanceof CitizenIdCheck) {
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.addAll(IdentifierChecks.citizenId((CitizenId) value, asOf), property);
        }
      };
    } else if (check instanceof MobileCheck) {
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.addAll(IdentifierChecks.mobile((MobileNumber) value), property);
        }
      };
    } else if (check instanceof CreditCodeCheck) {
      // @UnifiedCreditCode(strict = false) in the mapping: strict when the configuration says so
      boolean strict = payload.strictCreditCodes();
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.addAll(IdentifierChecks.creditCode((CreditCode) value, strict), property);
        }
      };
    } else if (check instanceof DivisionCheck division) {
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.addAll(
              IdentifierChecks.division(
                  (DivisionCode) value, division.levels(), payload.divisionTable()),
              property);
        }
      };
    } else if (check instanceof NotFuture) {
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.add(ModelConstraints.notFuture(property, (LocalDate) value, asOf), property);
        }
      };
    } else {
      InRange range = (InRange) check;
      return new ElementStep(get, property) {
        @Override
        void check(Object value, Findings out) {
          out.add(ModelConstraints.inRange(range, (Number) value), property);
        }
      };
    }
  }

  private static Method accessor(Class<?> type, String property) {
    try {
      return type.getMethod(property);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no accessor " + property, e);
    }
  }

  private static void requireReturns(Class<?> type, String property, Class<?> container) {
    if (accessor(type, property).getReturnType() != container) {
      throw new IllegalStateException(
          type.getName() + "." + property + " does not return " + container.getSimpleName());
    }
  }

  private static Class<?> elementType(Method accessor) {
    Type returned = accessor.getGenericReturnType();
    if (returned instanceof ParameterizedType container
        && container.getActualTypeArguments().length == 1
        && container.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    throw new IllegalStateException(
        accessor + " does not return a container of one model type, so it cannot be cascaded");
  }

  /**
   * The checks of one model type: its elements and nested objects, then its record rules.
   *
   * @since 0.1.0
   */
  private static final class Plan {
    private final @Nullable ValidationPayload recordRules;
    private Step[] steps = new Step[0];

    Plan(@Nullable ValidationPayload recordRules) {
      this.recordRules = recordRules;
    }

    void run(Object bean, Findings out) {
      if (recordRules != null) {
        RecordChecks.check((ExchangeRecord) bean, recordRules, out);
      }
      for (Step step : steps) {
        step.run(bean, out);
      }
    }
  }

  /**
   * One property of a plan.
   *
   * @since 0.1.0
   */
  private abstract static class Step {
    final Function<Object, Object> get;
    final String property;

    Step(Function<Object, Object> get, String property) {
      this.get = get;
      this.property = property;
    }

    abstract void run(Object bean, Findings out);
  }

  /**
   * A constraint on the element of an {@code Optional} property; empty is valid.
   *
   * @since 0.1.0
   */
  private abstract static class ElementStep extends Step {
    ElementStep(Function<Object, Object> get, String property) {
      super(get, property);
    }

    @Override
    final void run(Object bean, Findings out) {
      Optional<?> value = (Optional<?>) get.apply(bean);
      if (value.isPresent()) {
        check(value.get(), out);
      }
    }

    abstract void check(Object value, Findings out);
  }

  /**
   * A nested object held in an {@code Optional}.
   *
   * @since 0.1.0
   */
  private static final class OptionalCascade extends Step {
    private final Plan nested;

    OptionalCascade(Function<Object, Object> get, String property, Plan nested) {
      super(get, property);
      this.nested = nested;
    }

    @Override
    void run(Object bean, Findings out) {
      Optional<?> value = (Optional<?>) get.apply(bean);
      if (value.isPresent()) {
        out.enter(property, -1);
        nested.run(value.get(), out);
        out.leave();
      }
    }
  }

  /**
   * Nested objects held in a {@code List}, each at its index.
   *
   * @since 0.1.0
   */
  private static final class ListCascade extends Step {
    private final Plan nested;

    ListCascade(Function<Object, Object> get, String property, Plan nested) {
      super(get, property);
      this.nested = nested;
    }

    @Override
    void run(Object bean, Findings out) {
      List<?> values = (List<?>) get.apply(bean);
      for (int i = 0; i < values.size(); i++) {
        out.enter(property, i);
        nested.run(values.get(i), out);
        out.leave();
      }
    }
  }

  /**
   * The findings of one validation and the path of the nested object being checked; one per thread,
   * reset for each record.
   *
   * @since 0.1.0
   */
  private static final class Findings implements FindingSink {
    private static final int DEPTH = 8;

    private final String[] names = new String[DEPTH];
    private final int[] indexes = new int[DEPTH];
    private int depth;
    private @Nullable List<Finding.AtPointer> found;

    void reset() {
      depth = 0;
      found = null;
    }

    void enter(String property, int index) {
      if (depth == DEPTH) {
        throw new IllegalStateException("the model nests deeper than " + DEPTH + " objects");
      }
      names[depth] = property;
      indexes[depth] = index;
      depth++;
    }

    void leave() {
      depth--;
    }

    void add(@Nullable Finding finding, String property) {
      if (finding != null) {
        add(new Finding.AtPointer(finding, pointer(property)));
      }
    }

    void addAll(List<Finding> findings, String property) {
      if (!findings.isEmpty()) {
        String pointer = pointer(property);
        for (Finding finding : findings) {
          add(new Finding.AtPointer(finding, pointer));
        }
      }
    }

    /** A record rule's finding, at a path from the record (record rules run on records only). */
    @Override
    public void report(Finding finding, Object... path) {
      add(new Finding.AtPointer(finding, JsonPointers.of(path)));
    }

    private void add(Finding.AtPointer finding) {
      List<Finding.AtPointer> list = found;
      if (list == null) {
        list = new ArrayList<>(4);
        found = list;
      }
      list.add(finding);
    }

    private String pointer(String property) {
      StringBuilder pointer = new StringBuilder(32);
      for (int i = 0; i < depth; i++) {
        JsonPointers.appendSegment(pointer, names[i]);
        if (indexes[i] >= 0) {
          pointer.append('/').append(indexes[i]);
        }
      }
      JsonPointers.appendSegment(pointer, property);
      return pointer.toString();
    }

    List<Finding.AtPointer> sorted() {
      List<Finding.AtPointer> list = found;
      if (list == null) {
        return List.of();
      }
      list.sort(Finding.AtPointer.ORDER);
      List<Finding.AtPointer> distinct = new ArrayList<>(list.size());
      for (Finding.AtPointer finding : list) {
        Finding.AtPointer last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
        if (last == null || Finding.AtPointer.ORDER.compare(last, finding) != 0) {
          distinct.add(finding);
        }
      }
      return distinct;
    }
  }
}
