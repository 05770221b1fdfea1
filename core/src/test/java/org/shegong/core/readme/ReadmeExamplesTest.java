package org.shegong.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.core.child.ChildAge;
import org.shegong.core.child.ChildEligibility;
import org.shegong.core.child.EligibilityOutcome;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.child.TierRequirement;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.coverage.CoverageCalculator;
import org.shegong.core.coverage.TownshipCoverage;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.framework.PlanDiscrepancy;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.id.CitizenId;
import org.shegong.core.linkage.FiveSocialLinkage;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Parent;
import org.shegong.core.model.Project;
import org.shegong.core.model.Station;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.core.qualification.RegistrationAssessment;
import org.shegong.core.qualification.RegistrationStatus;
import org.shegong.core.subsidy.RosterEntitlements;
import org.shegong.core.subsidy.SubsidyCalculator;
import org.shegong.core.subsidy.SubsidyClaimant;
import org.shegong.core.subsidy.SubsidyPolicies;

/** The examples of core/README.md, compiled and checked, so the README cannot drift. */
class ReadmeExamplesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @Test
  void identifiersAndDivisions() {
    CitizenId id = CitizenId.of("11010519491231002x");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat(id.ageOn(AS_OF)).isEqualTo(74);
    CitizenId bad = CitizenId.lenient("110105194912310021");
    assertThat(bad.isValid()).isFalse();
    assertThat(bad.defect().orElseThrow().ruleCode()).isEqualTo("SG-CID-004");

    DivisionTable table = DivisionTable.bundled();
    assertThat(table.find("640502100").orElseThrow().name()).isEqualTo("滨河镇");
    assertThat(table.parentChain("640502100"))
        .extracting(d -> d.name())
        .containsExactly("沙坡头区", "中卫市", "宁夏回族自治区");
  }

  @Test
  void serviceFramework() {
    ServiceFramework sanya = FrameworkRegistry.builtIn().find("1+1+5+X").orElseThrow();
    List<PlanDiscrepancy> found =
        sanya.check(
            List.of(
                List.of("资源链接平台"),
                List.of("一老一小关爱项目"),
                List.of(
                    "SOCIAL_ASSISTANCE",
                    "ELDERLY_CARE",
                    "CHILD_CARE_AND_PROTECTION",
                    "COMMUNITY_GOVERNANCE"),
                List.of("邻里守望")));
    assertThat(found).extracting(PlanDiscrepancy::ruleCode).containsExactly("SG-FWK-004");
    assertThat(found.get(0).messageEn()).contains("SOCIAL_AFFAIRS");
    assertThat(ServiceDomain.core()).hasSize(5);
  }

  @Test
  void childrenInDifficulty() {
    Child child =
        Child.builder()
            .id("C-0001")
            .name("王小明")
            .citizenId(CitizenId.lenient("640502201206150013"))
            .ruralHousehold(true)
            .addCategories(ChildCategory.LEFT_BEHIND)
            .addParents(
                Parent.builder()
                    .relation(ParentRelation.FATHER)
                    .situation(ParentSituation.MIGRANT_WORKER)
                    .build(),
                Parent.builder()
                    .relation(ParentRelation.MOTHER)
                    .situation(ParentSituation.MIGRANT_WORKER)
                    .build())
            .classification(
                Classification.builder()
                    .tier(RiskTier.TIER_2)
                    .assessedOn(AS_OF.minusDays(20))
                    .build())
            .build();
    assertThat(ChildAge.of(child, AS_OF).years()).hasValue(12);
    assertThat(ChildEligibility.leftBehind(child, AS_OF).outcome())
        .isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(TierRequirement.unmet(child))
        .containsExactly(
            TierRequirement.CARE_PLAN,
            TierRequirement.CHILD_SUPERVISOR,
            TierRequirement.CHILD_DIRECTOR,
            TierRequirement.SOCIAL_WORKER);
    assertThat(TierPolicy.defaults().overdueVisits(List.of(child), AS_OF))
        .singleElement()
        .satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(6));
  }

  @Test
  void coverage() {
    Station binhe =
        Station.builder()
            .id("S-1")
            .level(StationLevel.TOWNSHIP_STATION)
            .status(StationStatus.ACTIVE)
            .divisionCode(DivisionCode.of("640502100"))
            .build();
    TownshipCoverage coverage =
        CoverageCalculator.bundled().townshipCoverage("640502", List.of(binhe));
    assertThat(coverage.covered()).isEqualTo(1);
    assertThat(coverage.total()).isEqualTo(11);
    assertThat(coverage.percent()).contains("9.09%");
  }

  @Test
  void fiveSocialLinkage() {
    Project project =
        Project.builder()
            .id("P-1")
            .fiveSocialLinkage(true)
            .addLinkageParties(
                LinkageParty.COMMUNITY,
                LinkageParty.SOCIAL_WORKER,
                LinkageParty.COMMUNITY_VOLUNTEER)
            .build();
    assertThat(FiveSocialLinkage.missingParties(project))
        .containsExactly(LinkageParty.SOCIAL_ORGANIZATION, LinkageParty.CHARITABLE_RESOURCE);
  }

  @Test
  void qualificationsAndSubsidies() {
    RegistrationAssessment assessment =
        QualificationPolicy.defaults()
            .assessRegistration(
                QualificationLevel.SOCIAL_WORKER,
                LocalDate.of(2020, 6, 20),
                Optional.of(LocalDate.of(2024, 5, 31)),
                AS_OF);
    assertThat(assessment.status()).isEqualTo(RegistrationStatus.EXPIRED);

    SubsidyClaimant claimant =
        SubsidyClaimant.builder()
            .workerId("W-1")
            .level(QualificationLevel.SOCIAL_WORKER)
            .qualifiedOn(LocalDate.of(2020, 6, 20))
            .employedInCommunity(true)
            .build();
    RosterEntitlements roster =
        SubsidyCalculator.of(SubsidyPolicies.zhongweiExample())
            .roster(List.of(claimant), YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    assertThat(roster.grandTotal().toPlainString()).isEqualTo("2640.00");
  }
}
