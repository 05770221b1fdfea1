package org.shegong.validation.internal.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.RecordType;

/**
 * Record types as message arguments: the Chinese label with the exchange format's code in brackets
 * ({@code 社工站（station）}) in Chinese, the code alone in English.
 *
 * @since 0.1.0
 */
public final class RecordTypeNames {

  private static final LocalizedTemplate NAME = LocalizedTemplate.of("{label}（{code}）", "{code}");

  private static final Map<RecordType, Localized> NAMES = all();

  private RecordTypeNames() {}

  /**
   * Returns the name of a record type.
   *
   * @param type the record type; not null
   * @return the names, never null
   */
  public static Localized of(RecordType type) {
    return Objects.requireNonNull(NAMES.get(type), "every record type has a name");
  }

  /**
   * Returns the names of every record type.
   *
   * @return an unmodifiable map with an entry per record type, never null
   */
  public static Map<RecordType, Localized> all() {
    Map<RecordType, Localized> names = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      names.put(type, Localized.of(NAME, Map.of("label", type.labelZh(), "code", type.code())));
    }
    return Map.copyOf(names);
  }
}
