package org.shegong.testing.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;

/**
 * Builds valid identifiers from their parts: citizen IDs, credit codes and mobile numbers.
 *
 * @since 0.1.0
 */
public final class Identifiers {

  private static final String[] MOBILE_PREFIXES = {
    "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
    "178", "182", "183", "187", "188", "130", "131", "132", "155", "156", "166", "176", "185",
    "186", "133", "153", "173", "177", "180", "181", "189", "191", "199"
  };

  private Identifiers() {}

  /**
   * Returns the 17 digits before the check character of a citizen ID.
   *
   * @param addressCode the 6-digit address code
   * @param birthDate the birth date
   * @param sequence the sequence number, 0–999 (odd for men)
   * @return 17 digits
   */
  public static String citizenIdFirst17(String addressCode, LocalDate birthDate, int sequence) {
    StringBuilder b = new StringBuilder(18).append(addressCode);
    pad(b, birthDate.getYear(), 4);
    pad(b, birthDate.getMonthValue(), 2);
    pad(b, birthDate.getDayOfMonth(), 2);
    pad(b, sequence, 3);
    return b.toString();
  }

  /**
   * Returns the 18 characters of a valid citizen ID.
   *
   * @param addressCode the 6-digit address code
   * @param birthDate the birth date
   * @param sequence the sequence number, 0–999 (odd for men)
   * @return the number, with its check character
   */
  public static String citizenIdText(String addressCode, LocalDate birthDate, int sequence) {
    String first17 = citizenIdFirst17(addressCode, birthDate, sequence);
    return first17 + CitizenId.checkCharacter(first17);
  }

  /**
   * Returns a valid citizen ID read against a reference date.
   *
   * @param addressCode the 6-digit address code
   * @param birthDate the birth date, not after {@code asOf}
   * @param sequence the sequence number, 0–999 (odd for men)
   * @param asOf the reference date
   * @return the identifier
   */
  public static CitizenId citizenId(
      String addressCode, LocalDate birthDate, int sequence, LocalDate asOf) {
    return CitizenId.lenient(citizenIdText(addressCode, birthDate, sequence), asOf);
  }

  /**
   * Returns a valid unified social credit code of a civil-affairs registration, whose embedded
   * organisation code also carries a correct GB 11714 check character.
   *
   * @param institutionKind the second character: {@code '1'} 社会团体, {@code '2'} 民办非企业单位, {@code '3'}
   *     基金会
   * @param countyCode the 6-digit division code of the registering office
   * @param random the source of the organisation code's digits
   * @return the code
   */
  public static CreditCode creditCode(
      char institutionKind, String countyCode, SplittableRandom random) {
    StringBuilder org = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      org.append((char) ('0' + random.nextInt(10)));
    }
    org.append(CreditCode.organizationCodeCheckCharacter(org.toString()));
    String first17 = "5" + institutionKind + countyCode + org;
    return CreditCode.lenient(first17 + CreditCode.checkCharacter(first17));
  }

  /**
   * Returns a valid mobile number with a common prefix.
   *
   * @param random the source of the digits
   * @return the number
   */
  public static MobileNumber mobile(SplittableRandom random) {
    StringBuilder b = new StringBuilder(11);
    b.append(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
    for (int i = 0; i < 8; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return MobileNumber.lenient(b.toString());
  }

  /**
   * Appends a non-negative number left-padded with zeros.
   *
   * @param b the builder
   * @param value the number
   * @param width the minimum width
   */
  public static void pad(StringBuilder b, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    b.append(digits);
  }
}
