package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.Sex;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/**
 * The file of one child (儿童档案, 一人一档): exchange record type {@code child}.
 *
 * <p>Holds who the child is, the categories of children in difficulty the child belongs to (孤儿,
 * 事实无人抚养儿童, 困境儿童, 农村留守儿童), the parents' situations, the guardian, the four-tier risk classification
 * (四级分类), the care plan, the responsible people and the follow-up visits. The child's name and ID
 * number, and the guardian's name and phone, are sensitive: {@code toString()} prints them as
 * {@code ***}.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Child implements ExchangeRecord, WithChild {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id",
          "name",
          "citizenId",
          "birthDate",
          "sex",
          "divisionCode",
          "ruralHousehold",
          "categories",
          "parents",
          "guardian",
          "guardianConsent",
          "classification",
          "carePlan",
          "responsibleIds",
          "visits");

  Child() {}

  /**
   * Returns the record id, unique among records of this type in an exchange file; spec field {@code
   * id}.
   *
   * <p>Never null. When not set it is the empty string: a blank id means "missing" and is reported
   * by validation.
   *
   * @return the id, never null; empty when absent
   */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * Returns the name of the child (儿童姓名); spec field {@code name}.
   *
   * <p>Sensitive: printed as {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.PERSON_NAME)
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the citizen ID number of the child (公民身份号码); spec field {@code citizenId}.
   *
   * <p>Held leniently: a malformed number is kept (see {@link CitizenId#lenient(String)}) and
   * reported by validation. Sensitive: printed as {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.CITIZEN_ID)
  @Value.Redacted
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the date of birth of the child (出生日期); spec field {@code birthDate}.
   *
   * <p>When absent, ages are computed from the citizen ID; when both are present they must agree
   * (checked by validation). Sensitive: with a masked citizen ID it would reveal the whole ID, so
   * masked output keeps only the year and {@code toString()} redacts it.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.BIRTH_DATE)
  @Value.Redacted
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the sex of the child (性别); spec field {@code sex}.
   *
   * <p>Written in exchange as the GB/T 2261.1 code.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Sex> sex();

  /**
   * Returns the 12-digit village or community division code of the child's residence (居住地村(居)区划代码);
   * spec field {@code divisionCode}.
   *
   * <p>Held leniently: a malformed code is kept and reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DivisionCode> divisionCode();

  /**
   * Returns whether the child has a rural household registration (农业户口); spec field {@code
   * ruralHousehold}.
   *
   * <p>Relevant to the left-behind category (农村留守儿童).
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Boolean> ruralHousehold();

  /**
   * Returns the categories of children in difficulty the child belongs to (儿童类别); spec field {@code
   * categories}.
   *
   * <p>A child can be in several categories, or in none (an empty list is a valid value of this
   * required field).
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<ChildCategory> categories();

  /**
   * Returns the situations of the child's parents (父母情况); spec field {@code parents}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<Parent> parents();

  /**
   * Returns the child's guardian (监护人); spec field {@code guardian}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Guardian> guardian();

  /**
   * Returns the guardian's consent to the processing of the child's personal information (监护人同意);
   * spec field {@code guardianConsent}.
   *
   * <p>Required for children under 14 (PIPL art. 28/31); checked by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<GuardianConsent> guardianConsent();

  /**
   * Returns the four-tier risk classification of the child (四级分类); spec field {@code
   * classification}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Classification> classification();

  /**
   * Returns the care plan for the child (个案帮扶计划); spec field {@code carePlan}.
   *
   * <p>Required for tiers 1 to 3; checked by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<CarePlan> carePlan();

  /**
   * Returns the ids of the people responsible for the child (责任人); spec field {@code
   * responsibleIds}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<ResponsiblePeople> responsibleIds();

  /**
   * Returns the follow-up visits made to the child (走访记录); spec field {@code visits}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<Visit> visits();

  /**
   * Returns the record type, always {@link RecordType#CHILD}; not an attribute.
   *
   * @return {@link RecordType#CHILD}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.CHILD;
  }

  /**
   * Starts building a {@link Child}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Child}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableChild.Builder {
    Builder() {}
  }
}
