package org.shegong.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Shegong's domain types, applied per package in {@code
 * package-info.java}.
 *
 * <p>Abstract types are public and carry the API (record-style accessors, a static {@code
 * builder()}, {@code with…} copies through the generated {@code With…} interface); the generated
 * {@code Immutable…} classes are package-private and hidden behind them ({@code
 * overshadowImplementation}). Optional attributes are {@code java.util.Optional}, collections are
 * never null and default to empty. Attributes annotated {@code @Value.Redacted} (every {@code
 * org.shegong.core.privacy.Sensitive} one) print as {@code ***} in {@code toString()}.
 *
 * <p>Pattern, for a type {@code Agency} in a package annotated with this style:
 *
 * <pre>{@code
 * @Value.Immutable
 * public abstract class Agency implements WithAgency {
 *   Agency() {}
 *   public abstract String id();
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableAgency.Builder { Builder() {} }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    privateNoargConstructor = false,
    deepImmutablesDetection = false,
    redactedMask = "***")
public @interface DomainStyle {}
