package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.FundingType;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.money.Money;

/**
 * A funded project (政府购买服务, 公益创投, charity-funded project): exchange record type {@code project}.
 *
 * <p>A project run by an agency, with its funding type and amount, its period and the parties it
 * links (五社联动).
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Project implements ExchangeRecord, WithProject {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id",
          "name",
          "funding",
          "amount",
          "agencyId",
          "startsOn",
          "endsOn",
          "linkageParties",
          "fiveSocialLinkage");

  Project() {}

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
   * Returns the name of the project (项目名称); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the funding type of the project (资金类型); spec field {@code funding}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<FundingType> funding();

  /**
   * Returns the amount of funding in 元 (项目金额); spec field {@code amount}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Money> amount();

  /**
   * Returns the id of the {@code agency} record that runs the project (承接机构); spec field {@code
   * agencyId}.
   *
   * <p>A reference to an {@link Agency#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> agencyId();

  /**
   * Returns the first day of the project (开始日期); spec field {@code startsOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> startsOn();

  /**
   * Returns the last day of the project (结束日期); spec field {@code endsOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> endsOn();

  /**
   * Returns the parties the project links (联动主体); spec field {@code linkageParties}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<LinkageParty> linkageParties();

  /**
   * Returns whether the project declares five-party linkage (五社联动); spec field {@code
   * fiveSocialLinkage}.
   *
   * <p>A project that declares it must name all five parties in {@link #linkageParties()}; checked
   * by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Boolean> fiveSocialLinkage();

  /**
   * Returns the record type, always {@link RecordType#PROJECT}; not an attribute.
   *
   * @return {@link RecordType#PROJECT}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.PROJECT;
  }

  /**
   * Starts building a {@link Project}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Project}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
