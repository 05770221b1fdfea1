package org.shegong.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project code sets' codes, spelled exactly as in {@code docs/exchange-format.md}, in the
 * spec's order. Partners rely on these spellings; changing one breaks data exchange.
 */
class ExchangeFormatSpellingTest {

  static Stream<Arguments> specSpellings() {
    return Stream.of(
        arguments(AgencyKind.class, "SOCIAL_SERVICE_AGENCY SOCIAL_GROUP FOUNDATION OTHER"),
        arguments(
            StationLevel.class,
            "COUNTY_GUIDANCE_CENTER TOWNSHIP_STATION VILLAGE_ROOM MINOR_PROTECTION_STATION"
                + " CHILDRENS_HOME SCHOOL_STATION"),
        arguments(StationStatus.class, "ACTIVE SUSPENDED CLOSED"),
        arguments(
            QualificationLevel.class, "ASSISTANT_SOCIAL_WORKER SOCIAL_WORKER SENIOR_SOCIAL_WORKER"),
        arguments(
            WorkerRole.class,
            "RESIDENT_SOCIAL_WORKER SCHOOL_SOCIAL_WORKER SUPERVISOR CHILD_DIRECTOR"
                + " CHILD_SUPERVISOR VOLUNTEER_LEADER"),
        arguments(
            ChildCategory.class,
            "ORPHAN DE_FACTO_UNSUPPORTED POVERTY DISABILITY GUARDIANSHIP LEFT_BEHIND"),
        arguments(ParentRelation.class, "FATHER MOTHER"),
        arguments(
            ParentSituation.class,
            "PRESENT DECEASED MISSING SEVERE_DISABILITY SERIOUS_ILLNESS IMPRISONED"
                + " COMPULSORY_DETOX OTHER_RESTRICTION LOST_CONTACT GUARDIANSHIP_REVOKED DEPORTED"
                + " MIGRANT_WORKER NO_GUARDIAN_CAPACITY"),
        arguments(RiskTier.class, "TIER_1 TIER_2 TIER_3 TIER_4"),
        arguments(VisitKind.class, "HOME_VISIT PHONE SCHOOL OTHER"),
        arguments(
            ServiceMethod.class,
            "CASEWORK GROUPWORK COMMUNITY_ACTIVITY LECTURE TRAINING HOME_VISIT"
                + " CRISIS_INTERVENTION REFERRAL"),
        arguments(
            ServiceDomain.class,
            "SOCIAL_ASSISTANCE ELDERLY_CARE CHILD_CARE_AND_PROTECTION COMMUNITY_GOVERNANCE"
                + " SOCIAL_AFFAIRS OTHER"),
        arguments(CaseStage.class, "INTAKE ASSESSMENT PLANNING INTERVENTION EVALUATION CLOSED"),
        arguments(
            DemandChannel.class,
            "HOTLINE HOME_VISIT MICRO_WISH SECRETARY_TEA_STALL SURVEY ONLINE OTHER"),
        arguments(DemandStatus.class, "COLLECTED ASSESSED PLANNED MATCHED DONE REJECTED"),
        arguments(FundingType.class, "GOVERNMENT_PURCHASE VENTURE_PHILANTHROPY CHARITY OTHER"),
        arguments(
            LinkageParty.class,
            "COMMUNITY SOCIAL_ORGANIZATION SOCIAL_WORKER COMMUNITY_VOLUNTEER"
                + " CHARITABLE_RESOURCE"));
  }

  @ParameterizedTest
  @MethodSource("specSpellings")
  void codesAreSpelledAsInTheExchangeSpec(Class<?> codeSet, String spelledInSpec) {
    List<String> codes =
        Arrays.stream(codeSet.getEnumConstants()).map(m -> ((Coded) m).code()).toList();

    assertThat(codes).containsExactly(spelledInSpec.split(" "));
  }
}
