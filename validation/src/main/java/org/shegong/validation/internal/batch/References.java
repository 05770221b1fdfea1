package org.shegong.validation.internal.batch;

import java.util.List;
import java.util.Optional;
import org.shegong.core.model.Child;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Project;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.validation.internal.engine.Blank;

/**
 * The references ({@code …Id} fields) of each record type and the record type each one points to.
 *
 * <p>{@code recipientIds} of a service record point to {@code child} records, the only recipient
 * records of exchange format v1; other recipients are declared as known external ids of type {@code
 * child}.
 *
 * @since 0.1.0
 */
public final class References {

  /**
   * Receives one reference.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Sink {

    /**
     * Receives a reference.
     *
     * @param target the type of the record referred to; not null
     * @param id the id referred to; not blank
     * @param path the JSON path of the reference: field names and list indexes
     */
    void reference(RecordType target, String id, Object... path);
  }

  private References() {}

  /**
   * Lists the non-blank references of a record.
   *
   * @param record the record; not null
   * @param sink receives each reference; not null
   */
  public static void of(ExchangeRecord record, Sink sink) {
    if (record instanceof Station s) {
      one(sink, RecordType.AGENCY, s.operatorAgencyId(), "operatorAgencyId");
    } else if (record instanceof Worker w) {
      one(sink, RecordType.AGENCY, w.agencyId(), "agencyId");
      one(sink, RecordType.STATION, w.stationId(), "stationId");
    } else if (record instanceof Child c) {
      c.classification()
          .ifPresent(
              k -> one(sink, RecordType.WORKER, k.assessorId(), "classification", "assessorId"));
      if (c.responsibleIds().isPresent()) {
        ResponsiblePeople p = c.responsibleIds().get();
        one(sink, RecordType.WORKER, p.childSupervisorId(), "responsibleIds", "childSupervisorId");
        one(sink, RecordType.WORKER, p.childDirectorId(), "responsibleIds", "childDirectorId");
        one(sink, RecordType.WORKER, p.socialWorkerId(), "responsibleIds", "socialWorkerId");
      }
      for (int i = 0; i < c.visits().size(); i++) {
        one(sink, RecordType.WORKER, c.visits().get(i).workerId(), "visits", i, "workerId");
      }
    } else if (record instanceof ServiceRecord r) {
      one(sink, RecordType.STATION, r.stationId(), "stationId");
      many(sink, RecordType.WORKER, r.workerIds(), "workerIds");
      many(sink, RecordType.CHILD, r.recipientIds(), "recipientIds");
    } else if (record instanceof Demand d) {
      many(sink, RecordType.SERVICE_RECORD, d.serviceRecordIds(), "serviceRecordIds");
    } else if (record instanceof Project p) {
      one(sink, RecordType.AGENCY, p.agencyId(), "agencyId");
    } else if (record instanceof Volunteer v) {
      one(sink, RecordType.VOLUNTEER_TEAM, v.teamId(), "teamId");
      one(sink, RecordType.STATION, v.stationId(), "stationId");
    } else if (record instanceof VolunteerTeam t) {
      one(sink, RecordType.STATION, t.stationId(), "stationId");
      one(sink, RecordType.VOLUNTEER, t.leaderId(), "leaderId");
      many(sink, RecordType.VOLUNTEER, t.memberIds(), "memberIds");
    }
  }

  private static void one(Sink sink, RecordType target, Optional<String> id, Object... path) {
    if (id.isPresent() && !Blank.isBlank(id.get())) {
      sink.reference(target, id.get(), path);
    }
  }

  private static void many(Sink sink, RecordType target, List<String> ids, String field) {
    for (int i = 0; i < ids.size(); i++) {
      if (!Blank.isBlank(ids.get(i))) {
        sink.reference(target, ids.get(i), field, i);
      }
    }
  }
}
