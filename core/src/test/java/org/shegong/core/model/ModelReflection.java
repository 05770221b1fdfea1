package org.shegong.core.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Reflection helpers shared by the model tests. */
final class ModelReflection {

  private ModelReflection() {}

  /** The public attribute accessors declared by a model class, in no particular order. */
  static List<Method> accessors(Class<?> modelType) {
    return Arrays.stream(modelType.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !m.getName().equals("recordType"))
        .toList();
  }

  /** The abstract model class of an instance (the generated class is package-private). */
  static Class<?> modelTypeOf(Object instance) {
    return instance.getClass().getSuperclass();
  }

  static Object invoke(Object target, String accessor) {
    try {
      Method method = modelTypeOf(target).getMethod(accessor);
      return method.invoke(target);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError("no accessor " + accessor + " on " + target.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  static Object emptyInstance(Class<?> modelType) {
    try {
      Object builder = modelType.getMethod("builder").invoke(null);
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build an empty " + modelType.getSimpleName(), e);
    }
  }
}
