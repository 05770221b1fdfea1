package org.shegong.core.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.ServiceDomain;

/**
 * An immutable catalogue of service frameworks, looked up by code (notation).
 *
 * <p>{@link #builtIn()} holds the frameworks the SDK knows:
 *
 * <ul>
 *   <li>{@code 1+1+5+X}, 三亚 大社区社工站: 1 资源链接平台, 1 重点服务项目, the 5 service domains (a closed slot whose
 *       members are the codes of {@link ServiceDomain#core()}, all five required), X 本地品牌服务 (zero
 *       or more);
 *   <li>{@code 1+9+N}, 中卫 滨河镇: 1 社工站, 9 actions (exactly nine distinct items, named by the adopting
 *       station, so no member set), N further services;
 *   <li>{@code 1+3+3X+N}, 德清: slot meanings are declared by the adopter, so the built-in slots
 *       carry neutral labels ({@code 第1项} / {@code slot 1} …), no member sets and no minimums; the
 *       coefficient of {@code 3X} carries no built-in meaning (see {@link SlotCount}).
 * </ul>
 *
 * <p>{@link #with(ServiceFramework)} returns a new registry with a user's framework added. A
 * framework with the code of one already present <em>replaces</em> it, built-in or not: that is how
 * an adopter declares the nine actions of {@code 1+9+N} or the meanings of {@code 1+3+3X+N} (copy
 * the built-in, change its slots, register the copy). The registry a method was called on is never
 * changed, so {@code builtIn()} always returns the SDK's catalogue.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class FrameworkRegistry {

  private static final FrameworkRegistry EMPTY = new FrameworkRegistry(Map.of());

  private static final FrameworkRegistry BUILT_IN =
      EMPTY.with(sanya()).with(zhongweiBinhe()).with(deqing());

  private final Map<String, ServiceFramework> byCode;

  private FrameworkRegistry(Map<String, ServiceFramework> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns the registry of the SDK's built-in frameworks: {@code 1+1+5+X}, {@code 1+9+N} and
   * {@code 1+3+3X+N}, in that order.
   *
   * @return the shared built-in registry, never null
   */
  public static FrameworkRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a registry with no framework, for adopters who register only their own.
   *
   * @return the shared empty registry, never null
   */
  public static FrameworkRegistry empty() {
    return EMPTY;
  }

  /**
   * Returns a new registry with a framework added, replacing the framework with the same code if
   * there is one (it keeps the replaced one's position in {@link #frameworks()}).
   *
   * @param framework the framework to register; not null
   * @return a new registry, never null; this registry is unchanged
   */
  public FrameworkRegistry with(ServiceFramework framework) {
    Objects.requireNonNull(framework, "framework");
    Map<String, ServiceFramework> copy = new LinkedHashMap<>(byCode);
    copy.put(framework.code(), framework);
    return new FrameworkRegistry(Collections.unmodifiableMap(copy));
  }

  /**
   * Finds the framework with the given code.
   *
   * <p>The code is compared exactly with each framework's notation (no trimming, no case folding;
   * see {@link FrameworkNotation}). When a plan names a framework that is not found, the validation
   * module reports rule {@code SG-FWK-010}.
   *
   * @param code the notation, for example {@code "1+1+5+X"}; may be null, which finds nothing
   * @return the framework, or empty when none has that code
   */
  public Optional<ServiceFramework> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns every registered framework, built-in ones first, then the user's in registration order.
   *
   * @return an unmodifiable list, never null
   */
  public List<ServiceFramework> frameworks() {
    return List.copyOf(byCode.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrameworkRegistry that && byCode.equals(that.byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  /**
   * Returns the codes of the registered frameworks.
   *
   * @return for example {@code FrameworkRegistry[1+1+5+X, 1+9+N, 1+3+3X+N]}; never null
   */
  @Override
  public String toString() {
    return "FrameworkRegistry" + byCode.keySet();
  }

  private static ServiceFramework sanya() {
    return ServiceFramework.builder()
        .code("1+1+5+X")
        .name("三亚市大社区社工站“1+1+5+X”服务体系")
        .region("海南省三亚市")
        .addSlots(
            FrameworkSlot.of(SlotCount.fixed(1), "资源链接平台", "resource-linking platform"),
            FrameworkSlot.of(SlotCount.fixed(1), "重点服务项目", "key service project"),
            FrameworkSlot.builder()
                .count(SlotCount.fixed(5))
                .label("五大服务领域")
                .labelEn("five service domains")
                .members(ServiceDomain.core().stream().map(ServiceDomain::code).toList())
                .build(),
            FrameworkSlot.of(SlotCount.variable("X"), "本地品牌服务", "local brand services"))
        .build();
  }

  private static ServiceFramework zhongweiBinhe() {
    return ServiceFramework.builder()
        .code("1+9+N")
        .name("中卫市滨河镇“1+9+N”社工服务体系")
        .region("宁夏回族自治区中卫市滨河镇")
        .addSlots(
            FrameworkSlot.of(SlotCount.fixed(1), "社工站", "social-work station"),
            FrameworkSlot.of(
                SlotCount.fixed(9), "九大服务行动（由站点命名）", "nine service actions (named by the station)"),
            FrameworkSlot.of(SlotCount.variable("N"), "其他服务", "further services"))
        .build();
  }

  private static ServiceFramework deqing() {
    return ServiceFramework.ofNotation("1+3+3X+N", "德清县“1+3+3X+N”服务体系（各项含义由采用方声明）")
        .withRegion("浙江省湖州市德清县");
  }
}
