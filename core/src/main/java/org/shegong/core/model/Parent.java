package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/**
 * The situation of one parent of a child (父母情况), an element of the {@code parents} array of a
 * {@code child} record.
 *
 * <p>The parent's situation is sensitive family information: {@code toString()} prints it as {@code
 * ***}.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Parent implements WithParent {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("relation", "situation", "since", "until");

  Parent() {}

  /**
   * Returns which parent this is (亲属关系); spec field {@code relation}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<ParentRelation> relation();

  /**
   * Returns the situation of the parent (父母状况); spec field {@code situation}.
   *
   * <p>Sensitive: printed as {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.FAMILY_SITUATION)
  @Value.Redacted
  public abstract Optional<ParentSituation> situation();

  /**
   * Returns the date the situation began (起始日期); spec field {@code since}.
   *
   * <p>Used for conditions that must have lasted 6 months or more.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> since();

  /**
   * Returns the date the situation ended (结束日期); spec field {@code until}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> until();

  /**
   * Starts building a {@link Parent}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Parent}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableParent.Builder {
    Builder() {}
  }
}
