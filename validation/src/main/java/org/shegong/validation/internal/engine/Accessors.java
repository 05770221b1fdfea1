package org.shegong.validation.internal.engine;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * Reads a property of a model type by its accessor's name as fast as a method reference: the
 * accessor is found once by reflection and turned into a {@link Function} with {@link
 * LambdaMetafactory}, so that calling it is a plain virtual call, without {@code Method.invoke}'s
 * checks and argument arrays.
 *
 * @since 0.1.0
 */
public final class Accessors {

  private Accessors() {}

  /**
   * Returns the accessor of a property.
   *
   * @param type the public model type that declares or inherits the accessor; not null
   * @param property the accessor's name, a public method without parameters; not null
   * @return a function from an instance of the type to the property's value, never null
   * @throws IllegalStateException when the type has no such public accessor
   */
  public static Function<Object, Object> of(Class<?> type, String property) {
    Method method;
    try {
      method = type.getMethod(property);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no accessor " + property, e);
    }
    if (method.getReturnType().isPrimitive() || Modifier.isStatic(method.getModifiers())) {
      throw new IllegalStateException(
          type.getName() + "." + property + " is not an accessor of an object value");
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle getter = lookup.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              getter,
              MethodType.methodType(method.getReturnType(), type));
      @SuppressWarnings("unchecked")
      Function<Object, Object> function = (Function<Object, Object>) site.getTarget().invoke();
      return function;
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot bind the accessor " + type.getName() + "." + property, e);
    }
  }
}
