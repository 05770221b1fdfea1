package org.shegong.benchmarks;

import java.time.LocalDate;
import java.util.Locale;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.Station;
import org.shegong.validation.ValidationConfig;

/**
 * The exchange-file lines the benchmarks read: a realistic child and a realistic station, both
 * valid on {@link #AS_OF}, taken from the serialization module's schema samples.
 *
 * @since 0.1.0
 */
public final class SampleLines {

  /**
   * The reference date of every benchmark's validator: the child's last visit is 19 days before it,
   * so the record has no issue (not even the visit-interval warning), and the benchmarks measure
   * the path of valid data, which is the common one.
   */
  public static final LocalDate AS_OF = LocalDate.of(2024, 2, 20);

  /**
   * A left-behind child in tier 3 (blue) with parents, guardian, consent, classification, care
   * plan, responsible people and a visit: every kind of nested object a child record has.
   */
  public static final String CHILD =
      "{\"recordType\":\"child\",\"id\":\"C-0001\",\"name\":\"王小明\","
          + "\"citizenId\":\"640502201506120027\",\"birthDate\":\"2015-06-12\",\"sex\":\"2\","
          + "\"divisionCode\":\"640502100201\",\"ruralHousehold\":true,"
          + "\"categories\":[\"LEFT_BEHIND\"],"
          + "\"parents\":[{\"relation\":\"FATHER\",\"situation\":\"MIGRANT_WORKER\","
          + "\"since\":\"2020-03-01\"},{\"relation\":\"MOTHER\",\"situation\":\"MIGRANT_WORKER\","
          + "\"since\":\"2021-01-01\"}],"
          + "\"guardian\":{\"name\":\"王建国\",\"relation\":\"祖父\",\"phone\":\"13995567890\"},"
          + "\"guardianConsent\":{\"given\":true,\"on\":\"2024-01-10\"},"
          + "\"classification\":{\"tier\":\"TIER_3\",\"assessedOn\":\"2024-01-10\","
          + "\"assessorId\":\"W-0001\",\"reasons\":[\"父母均外出务工\"],"
          + "\"nextReviewOn\":\"2024-07-10\"},"
          + "\"carePlan\":{\"createdOn\":\"2024-01-15\",\"goals\":[\"每月电话联系父母\"]},"
          + "\"responsibleIds\":{\"childSupervisorId\":\"W-0001\",\"childDirectorId\":\"W-0001\"},"
          + "\"visits\":[{\"on\":\"2024-02-01\",\"workerId\":\"W-0001\",\"kind\":\"HOME_VISIT\"}]}";

  /** A township station following the 1+1+5+X framework, with its service plan filled in. */
  public static final String STATION =
      "{\"recordType\":\"station\",\"id\":\"S-0001\",\"name\":\"滨河镇社工站\","
          + "\"level\":\"TOWNSHIP_STATION\",\"divisionCode\":\"640502100\","
          + "\"operatorAgencyId\":\"A-0001\",\"openedOn\":\"2021-07-01\",\"status\":\"ACTIVE\","
          + "\"servicePlan\":{\"framework\":\"1+1+5+X\",\"slots\":[[\"资源链接平台\"],"
          + "[\"困境儿童关爱项目\"],[\"SOCIAL_ASSISTANCE\",\"ELDERLY_CARE\","
          + "\"CHILD_CARE_AND_PROTECTION\",\"COMMUNITY_GOVERNANCE\",\"SOCIAL_AFFAIRS\"],[]]},"
          + "\"brand\":\"黄河边的守护\"}";

  private SampleLines() {}

  /**
   * Returns the configuration of every benchmark's validator: exchange profile, English messages,
   * the bundled division table, reference date {@link #AS_OF}.
   *
   * @return the configuration, never null
   */
  public static ValidationConfig config() {
    return ValidationConfig.builder().locale(Locale.ENGLISH).asOf(AS_OF).build();
  }

  /**
   * Returns the sample line of a record type.
   *
   * @param recordType {@code child} or {@code station}; not null
   * @return the line, never null
   * @throws IllegalArgumentException for any other record type
   */
  public static String line(String recordType) {
    return switch (recordType) {
      case "child" -> CHILD;
      case "station" -> STATION;
      default -> throw new IllegalArgumentException("no sample line for " + recordType);
    };
  }

  /**
   * Returns the model type of a record type's sample line.
   *
   * @param recordType {@code child} or {@code station}; not null
   * @return the type, never null
   * @throws IllegalArgumentException for any other record type
   */
  public static Class<? extends ExchangeRecord> type(String recordType) {
    return switch (recordType) {
      case "child" -> Child.class;
      case "station" -> Station.class;
      default -> throw new IllegalArgumentException("no sample line for " + recordType);
    };
  }

  /**
   * Returns the record type of a sample line.
   *
   * @param recordType {@code child} or {@code station}; not null
   * @return the record type, never null
   */
  public static RecordType recordType(String recordType) {
    return RecordType.ofCode(recordType);
  }
}
