package org.shegong.serialization.internal;

import java.util.List;

/**
 * The builder and accessors of one type of the model as plain method calls: a new builder, a
 * field's setter by its index, the build, a field's accessor by its index. The subclasses are
 * generated from the model ({@link ModelBinders}), so that binding calls the Immutables builders
 * directly: no method handles, no classes spun at run time, one call per field that the JIT
 * compiler turns into a jump through a switch.
 *
 * <p>The field indexes are those of {@link org.shegong.core.model.FieldNames}, in the exchange
 * format's order; {@link #fields} names them, and {@link TypeModel} refuses a binder whose names
 * are not the model's (a generated file older than the model).
 *
 * @since 0.1.0
 */
abstract class ModelBinder {

  private final Class<?> type;
  private final List<String> fields;

  /**
   * For the generated binders.
   *
   * @param type the abstract model class
   * @param fields the field names the binder was generated for, in index order, separated by commas
   */
  ModelBinder(Class<?> type, String fields) {
    this.type = type;
    this.fields = List.of(fields.split(",", -1));
  }

  /** Returns the abstract model class. */
  final Class<?> type() {
    return type;
  }

  /** Returns the field names the binder was generated for, in index order. */
  final List<String> fields() {
    return fields;
  }

  /** Returns a new builder of the type. */
  abstract Object newBuilder();

  /**
   * Sets a field on a builder: a plain string as it is, an optional value through the setter of the
   * value itself (or wrapped into an {@code Optional} where the builder has no such setter), a list
   * as an {@code Iterable}.
   *
   * @param builder a builder made by {@link #newBuilder}
   * @param field the field's index
   * @param value the value; not null
   */
  abstract void set(Object builder, int field, Object value);

  /**
   * Builds the instance; the builder's own checks throw as they would for any caller.
   *
   * @param builder a builder made by {@link #newBuilder}
   * @return the instance
   */
  abstract Object build(Object builder);

  /**
   * Returns a field of an instance as its accessor returns it: a {@code String}, an {@code
   * Optional} or a {@code List}.
   *
   * @param instance an instance of the type
   * @param field the field's index
   * @return the accessor's value
   */
  abstract Object get(Object instance, int field);
}
