package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;

/**
 * Whatever identifiers a record holds, validation reports and never echoes them.
 *
 * <p>Property tests over seeded generators: each case is made from a {@link SplittableRandom} with
 * the seed shown in its name, so a failure is replayed by its seed.
 */
class ValidatorProperties {

  private static final ShegongValidator ENGLISH =
      ShegongValidator.create(Generated.config().withLocale(Locale.ENGLISH));

  /** 300 digit strings of 11 to 20 digits (identifier lengths and their near misses). */
  static Stream<Arguments> digitStrings() {
    return LongStream.range(0, 300)
        .mapToObj(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              int length = random.nextInt(11, 21);
              StringBuilder digits = new StringBuilder(length);
              for (int i = 0; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
              }
              return Arguments.of(seed, digits.toString());
            });
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("digitStrings")
  void digitStringsInIdentifierFieldsAreNeverEchoed(long seed, String digits) {
    List<ExchangeRecord> records =
        List.of(
            Generated.worker().withCitizenId(CitizenId.lenient(digits)),
            Generated.worker().withPhone(MobileNumber.lenient(digits)),
            Generated.child().withId("C-9").withCitizenId(CitizenId.lenient(digits)));

    for (ExchangeRecord record : records) {
      List<Issue> issues = Generated.validator().validate(record);
      for (Issue issue : issues) {
        assertThat(issue.message()).doesNotContain(digits);
        assertThat(issue.toString()).doesNotContain(digits);
      }
    }
  }

  /** 200 names of 2 to 12 CJK characters (U+4E00 to U+9FA5). */
  static Stream<Arguments> chineseNames() {
    return LongStream.range(0, 200)
        .mapToObj(
            seed -> {
              SplittableRandom random = new SplittableRandom(1_000_000 + seed);
              int length = random.nextInt(2, 13);
              StringBuilder name = new StringBuilder(length);
              for (int i = 0; i < length; i++) {
                name.append((char) random.nextInt(0x4e00, 0x9fa6));
              }
              return Arguments.of(1_000_000 + seed, name.toString());
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("chineseNames")
  void aChildsNameNeverReachesAnIssueEvenWhenTypedIntoTheIdField(long seed, String name) {
    ExchangeRecord child =
        Generated.child().withName(name).withCitizenId(CitizenId.lenient("x" + name));

    List<Issue> issues = ENGLISH.validate(child);

    assertThat(issues).extracting(Issue::code).contains("SG-CID-001");
    for (Issue issue : issues) {
      assertThat(issue.message()).doesNotContain(name);
    }
  }
}
