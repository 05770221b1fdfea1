package org.shegong.testing.mutation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Lists the JSON Pointers at which two model objects differ, descending into nested objects. */
final class ModelDiff {

  private ModelDiff() {}

  static Set<String> diff(Object a, Object b) {
    Set<String> out = new TreeSet<>();
    diff(a, b, "", out);
    return out;
  }

  private static void diff(Object a, Object b, String prefix, Set<String> out) {
    List<String> fields = fieldNames(a.getClass());
    for (String field : fields) {
      Object x = read(a, field);
      Object y = read(b, field);
      if (Objects.equals(x, y)) {
        continue;
      }
      String pointer = prefix + "/" + field;
      Object xi = x instanceof Optional<?> o ? o.orElse(null) : x;
      Object yi = y instanceof Optional<?> o ? o.orElse(null) : y;
      if (xi != null
          && yi != null
          && xi.getClass() == yi.getClass()
          && hasFieldNames(xi.getClass())) {
        diff(xi, yi, pointer, out);
      } else {
        out.add(pointer);
      }
    }
  }

  private static boolean hasFieldNames(Class<?> type) {
    return fieldNamesField(type) != null;
  }

  private static Field fieldNamesField(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField("FIELD_NAMES");
      } catch (NoSuchFieldException e) {
        // try the superclass: the instance is a generated subclass of the model type
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> fieldNames(Class<?> type) {
    try {
      return (List<String>) fieldNamesField(type).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object read(Object target, String field) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        try {
          Method m = c.getMethod(field);
          return m.invoke(target);
        } catch (ReflectiveOperationException e) {
          // keep looking in the public supertype
        }
      }
    }
    throw new AssertionError("no accessor " + field + " on " + target.getClass());
  }
}
