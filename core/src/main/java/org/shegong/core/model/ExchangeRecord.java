package org.shegong.core.model;

/**
 * A record of the exchange format: the common supertype of every record type of the model.
 *
 * <p>The interface is sealed: its implementations are exactly the record types listed by {@link
 * RecordType}, so a {@code switch} over an {@code ExchangeRecord} can be exhaustive.
 *
 * @since 0.1.0
 */
public sealed interface ExchangeRecord
    permits Agency,
        Station,
        Worker,
        Child,
        ServiceRecord,
        Demand,
        Project,
        Volunteer,
        VolunteerTeam {

  /**
   * Returns the record id, unique among records of its type in an exchange file.
   *
   * @return the id, never null; the empty string when absent (a blank id is reported by validation)
   */
  String id();

  /**
   * Returns the type of this record.
   *
   * @return the record type, never null
   */
  RecordType recordType();
}
