package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volunteer team (志愿服务队): record type {@code volunteerTeam}, an extension beyond exchange format
 * v1.
 *
 * <p>Not part of exchange format v1: the field names follow the format's conventions and may be
 * added to a later version of the format.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class VolunteerTeam implements ExchangeRecord, WithVolunteerTeam {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of("id", "name", "stationId", "leaderId", "memberIds");

  VolunteerTeam() {}

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
   * Returns the name of the team (队伍名称); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the id of the {@code station} record the team belongs to (所在站点); spec field {@code
   * stationId}.
   *
   * <p>A reference to a {@link Station#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> stationId();

  /**
   * Returns the id of the record of the team leader (队长); spec field {@code leaderId}.
   *
   * <p>A reference to a {@link Volunteer#id()} or a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> leaderId();

  /**
   * Returns the ids of the {@code volunteer} records of the members (队员); spec field {@code
   * memberIds}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> memberIds();

  /**
   * Returns the record type, always {@link RecordType#VOLUNTEER_TEAM}; not an attribute.
   *
   * @return {@link RecordType#VOLUNTEER_TEAM}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.VOLUNTEER_TEAM;
  }

  /**
   * Starts building a {@link VolunteerTeam}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VolunteerTeam}: one method per attribute, {@code from(…)} to copy an instance;
   * a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVolunteerTeam.Builder {
    Builder() {}
  }
}
