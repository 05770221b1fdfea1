package org.shegong.core.code;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Service domain (服务领域) by which every service is classified.
 *
 * <p>Five domains are the core domains of the {@code 1+1+5+X} service framework (see {@link
 * #core()}); {@link #OTHER} is the escape for anything else.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum ServiceDomain implements Coded {
  /** 社会救助: social assistance. */
  SOCIAL_ASSISTANCE("社会救助", "social assistance"),
  /** 养老服务: elderly care. */
  ELDERLY_CARE("养老服务", "elderly care"),
  /** 儿童关爱保护: child care and protection. */
  CHILD_CARE_AND_PROTECTION("儿童关爱保护", "child care and protection"),
  /** 社区治理: community governance. */
  COMMUNITY_GOVERNANCE("社区治理", "community governance"),
  /** 社会事务: social affairs. */
  SOCIAL_AFFAIRS("社会事务", "social affairs"),
  /** 其他: any other domain, the escape value. */
  OTHER("其他", "other");

  private static final Set<ServiceDomain> CORE =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(OTHER)));

  private final String labelZh;
  private final String labelEn;

  ServiceDomain(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "ELDERLY_CARE"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static ServiceDomain ofCode(String code) {
    return CodeSets.byCode(ServiceDomain.class, code);
  }

  /**
   * Returns the five core service domains, every member except {@link #OTHER}.
   *
   * <p>They are the "5" of the {@code 1+1+5+X} service framework, which requires all five.
   *
   * @return an unmodifiable set in declaration order, never null
   */
  public static Set<ServiceDomain> core() {
    return CORE;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
