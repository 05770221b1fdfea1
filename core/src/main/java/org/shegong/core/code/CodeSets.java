package org.shegong.core.code;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up members of code sets by their code.
 *
 * <p>Lookups are exact (codes are case-sensitive) and backed by a map built once per code set, so
 * they are cheap on hot paths such as reading millions of records.
 *
 * @since 0.1.0
 */
public final class CodeSets {

  private static final Map<Class<?>, Map<String, ?>> BY_CODE = new ConcurrentHashMap<>();

  private CodeSets() {}

  /**
   * Returns the member of a code set with the given code.
   *
   * @param codeSet the enum class of the code set; not null
   * @param code the code to look up; not null
   * @param <E> the code set's type
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code; the message lists the allowed codes
   */
  public static <E extends Enum<E> & Coded> E byCode(Class<E> codeSet, String code) {
    Objects.requireNonNull(code, "code");
    return find(codeSet, code)
        .orElseThrow(
            () -> new UnknownCodeException(codeSet.getSimpleName(), code, allowedCodes(codeSet)));
  }

  /**
   * Finds the member of a code set with the given code.
   *
   * @param codeSet the enum class of the code set; not null
   * @param code the code to look up; may be null, which finds nothing
   * @param <E> the code set's type
   * @return the member, or empty when no member has that code
   */
  public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> codeSet, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(index(codeSet).get(code));
  }

  /**
   * Returns every code of a code set, in declaration order.
   *
   * @param codeSet the enum class of the code set; not null
   * @param <E> the code set's type
   * @return an unmodifiable list of codes, never null
   */
  public static <E extends Enum<E> & Coded> List<String> allowedCodes(Class<E> codeSet) {
    return Arrays.stream(codeSet.getEnumConstants()).map(Coded::code).toList();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E> & Coded> Map<String, E> index(Class<E> codeSet) {
    Objects.requireNonNull(codeSet, "codeSet");
    return (Map<String, E>)
        BY_CODE.computeIfAbsent(
            codeSet,
            type ->
                Arrays.stream(codeSet.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(Coded::code, Function.identity())));
  }
}
