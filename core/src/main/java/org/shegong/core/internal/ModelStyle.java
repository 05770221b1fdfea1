package org.shegong.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the exchange model ({@code org.shegong.core.model}): {@link DomainStyle}
 * with {@code toString()} delegated to {@link ModelText#toString(Object)}, so that an id or a
 * reference that holds a citizen ID or a phone number, or a person's name, never prints raw.
 *
 * @since 0.2.0
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
    redactedMask = "***",
    delegateToString = "org.shegong.core.internal.ModelText.toString")
public @interface ModelStyle {}
