package org.shegong.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.Worker;
import org.shegong.core.privacy.Masking;
import org.shegong.core.privacy.Scrubber;
import org.shegong.core.privacy.Sensitive;

/**
 * The {@code toString()} of the exchange model's generated types: {@code Worker{id=W-1, name=王*,
 * roles=[SOCIAL_WORKER]}}, attributes in declaration order, absent and empty ones left out,
 * {@code @Sensitive} ones as {@code ***}, the names of workers and volunteers masked like {@link
 * Masking#name}, and the whole text passed through {@link Scrubber#scrub(String)}, so that a
 * citizen ID or a phone number put into an id or a reference is masked too.
 *
 * @since 0.2.0
 */
public final class ModelText {

  private static final String REDACTED = "***";

  /** Types whose {@code name} is a person's name although it is not marked sensitive. */
  private static final Set<Class<?>> PEOPLE = Set.of(Worker.class, Volunteer.class);

  private static final ClassValue<List<Attribute>> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected List<Attribute> computeValue(Class<?> type) {
          return attributes(type);
        }
      };

  private ModelText() {}

  /**
   * Describes a value of a generated model type, never showing personal data raw.
   *
   * @param value the value, an instance of a generated {@code Immutable…} class; not null
   * @return the text, never null
   */
  public static String toString(Object value) {
    Class<?> type = value.getClass().getSuperclass();
    StringBuilder text = new StringBuilder(type.getSimpleName()).append('{');
    boolean first = true;
    for (Attribute attribute : ATTRIBUTES.get(value.getClass())) {
      Object v;
      try {
        v = attribute.field.get(value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + attribute.field, e);
      }
      if (v == null
          || (v instanceof Collection<?> c && c.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty())) {
        continue;
      }
      text.append(first ? "" : ", ").append(attribute.field.getName()).append('=');
      first = false;
      switch (attribute.shown) {
        case REDACT -> text.append(REDACTED);
        case NAME -> text.append(Masking.name(String.valueOf(v)));
        default -> text.append(v);
      }
    }
    return Scrubber.scrub(text.append('}').toString());
  }

  private static List<Attribute> attributes(Class<?> implementation) {
    Class<?> type = implementation.getSuperclass();
    List<Attribute> attributes = new ArrayList<>();
    for (Field field : implementation.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
        continue;
      }
      field.setAccessible(true);
      attributes.add(new Attribute(field, shown(type, field.getName())));
    }
    return List.copyOf(attributes);
  }

  private static Shown shown(Class<?> type, String name) {
    try {
      if (type.getMethod(name).isAnnotationPresent(Sensitive.class)) {
        return Shown.REDACT;
      }
    } catch (NoSuchMethodException e) {
      return Shown.REDACT; // not an attribute the type declares: show nothing of it
    }
    return name.equals("name") && PEOPLE.contains(type) ? Shown.NAME : Shown.PLAIN;
  }

  private enum Shown {
    PLAIN,
    NAME,
    REDACT
  }

  private record Attribute(Field field, Shown shown) {}
}
