package org.shegong.serialization.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The model's builders and accessors as functional interfaces, for binding without method handles
 * on the hot path.
 *
 * <p>A method handle held in a field is not a constant to the JIT compiler: each call goes through
 * its lambda forms, with a cast per argument. A class made by {@link LambdaMetafactory} calls the
 * method directly and is inlined like any other. The builders' setters are declared by the
 * generated, package-private superclass of each public builder, so the lambda classes are made in
 * the model's package ({@link MethodHandles#privateLookupIn}). Where that package is not open to
 * this module (the library on the module path, a security policy), {@link #in} returns null and the
 * caller keeps its method handles: the same methods are called, more slowly.
 *
 * @since 0.1.0
 */
final class Lambdas {

  private Lambdas() {}

  /**
   * Returns a lookup with full access in the package of a model class, or null when the package is
   * not open to this module.
   */
  static MethodHandles.@Nullable Lookup in(Class<?> type) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      return lookup.hasFullPrivilegeAccess() ? lookup : null;
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** A supplier calling a static method without arguments, or null when it cannot be made. */
  @SuppressWarnings("unchecked")
  static @Nullable Supplier<Object> supplier(MethodHandles.Lookup lookup, MethodHandle target) {
    return (Supplier<Object>)
        make(
            lookup,
            target,
            Supplier.class,
            "get",
            MethodType.methodType(Object.class),
            target.type());
  }

  /** A function calling a method of its argument, or null when it cannot be made. */
  @SuppressWarnings("unchecked")
  static @Nullable Function<Object, Object> function(
      MethodHandles.Lookup lookup, MethodHandle target) {
    return (Function<Object, Object>)
        make(
            lookup,
            target,
            Function.class,
            "apply",
            MethodType.methodType(Object.class, Object.class),
            target.type());
  }

  /**
   * A consumer calling a method of its first argument with the second, its result dropped, or null
   * when it cannot be made.
   */
  @SuppressWarnings("unchecked")
  static @Nullable BiConsumer<Object, Object> biConsumer(
      MethodHandles.Lookup lookup, MethodHandle target) {
    return (BiConsumer<Object, Object>)
        make(
            lookup,
            target,
            BiConsumer.class,
            "accept",
            MethodType.methodType(void.class, Object.class, Object.class),
            target.type().changeReturnType(void.class));
  }

  /**
   * Makes an instance of a functional interface whose one method (of the erased type given, called
   * with the instantiated type) calls the target, a direct method handle; null when the lambda
   * class cannot be made.
   */
  private static @Nullable Object make(
      MethodHandles.Lookup lookup,
      MethodHandle target,
      Class<?> type,
      String method,
      MethodType erased,
      MethodType instantiated) {
    try {
      return LambdaMetafactory.metafactory(
              lookup, method, MethodType.methodType(type), erased, target, instantiated)
          .getTarget()
          .invoke();
    } catch (Throwable e) {
      return null;
    }
  }
}
