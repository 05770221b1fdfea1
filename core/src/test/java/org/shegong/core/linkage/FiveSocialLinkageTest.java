package org.shegong.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.code.LinkageParty.CHARITABLE_RESOURCE;
import static org.shegong.core.code.LinkageParty.COMMUNITY;
import static org.shegong.core.code.LinkageParty.COMMUNITY_VOLUNTEER;
import static org.shegong.core.code.LinkageParty.SOCIAL_ORGANIZATION;
import static org.shegong.core.code.LinkageParty.SOCIAL_WORKER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.model.Project;

class FiveSocialLinkageTest {

  private static Project project(Boolean declared, LinkageParty... parties) {
    Project.Builder builder = Project.builder().id("P-1").name("五社联动助老项目");
    if (declared != null) {
      builder.fiveSocialLinkage(declared);
    }
    return builder.addLinkageParties(parties).build();
  }

  @Test
  void declaredProjectNamingAllFiveMissesNothing() {
    Project project =
        project(
            true,
            COMMUNITY,
            SOCIAL_ORGANIZATION,
            SOCIAL_WORKER,
            COMMUNITY_VOLUNTEER,
            CHARITABLE_RESOURCE);

    assertThat(FiveSocialLinkage.missingParties(project)).isEmpty();
    assertThat(FiveSocialLinkage.isComplete(project)).isTrue();
    assertThat(FiveSocialLinkage.conforms(project)).isTrue();
  }

  @Test
  void declaredProjectNamingFourMissesTheFifth() {
    Project project =
        project(true, CHARITABLE_RESOURCE, COMMUNITY, SOCIAL_WORKER, COMMUNITY_VOLUNTEER);

    assertThat(FiveSocialLinkage.missingParties(project)).containsExactly(SOCIAL_ORGANIZATION);
    assertThat(FiveSocialLinkage.isComplete(project)).isFalse();
    assertThat(FiveSocialLinkage.conforms(project)).isFalse();
  }

  @Test
  void duplicatesCountOnce() {
    Project project =
        project(true, COMMUNITY, COMMUNITY, SOCIAL_WORKER, SOCIAL_WORKER, COMMUNITY_VOLUNTEER);

    assertThat(FiveSocialLinkage.missingParties(project))
        .containsExactly(SOCIAL_ORGANIZATION, CHARITABLE_RESOURCE);
  }

  @Test
  void declaredProjectNamingNoPartyMissesAllFiveInDeclarationOrder() {
    assertThat(FiveSocialLinkage.missingParties(project(true)))
        .containsExactly(LinkageParty.values());
  }

  @Test
  void projectThatDoesNotDeclareTheLinkageMissesNothing() {
    Project project = project(false, COMMUNITY, SOCIAL_WORKER);

    assertThat(FiveSocialLinkage.missingParties(project)).isEmpty();
    assertThat(FiveSocialLinkage.conforms(project)).isTrue();
    assertThat(FiveSocialLinkage.isComplete(project)).isFalse();
  }

  @Test
  void projectWithoutTheFlagMissesNothing() {
    Project project = project(null, COMMUNITY);

    assertThat(FiveSocialLinkage.missingParties(project)).isEmpty();
    assertThat(FiveSocialLinkage.conforms(project)).isTrue();
  }

  @Test
  void undeclaredProjectMayStillNameAllFive() {
    Project project =
        project(
            false,
            COMMUNITY,
            SOCIAL_ORGANIZATION,
            SOCIAL_WORKER,
            COMMUNITY_VOLUNTEER,
            CHARITABLE_RESOURCE);

    assertThat(FiveSocialLinkage.isComplete(project)).isTrue();
  }

  @Test
  void missingPartiesOfACollectionIgnoreTheFlag() {
    assertThat(FiveSocialLinkage.missingParties(List.of(COMMUNITY, SOCIAL_WORKER)))
        .containsExactly(SOCIAL_ORGANIZATION, COMMUNITY_VOLUNTEER, CHARITABLE_RESOURCE);
  }

  @Test
  void ruleCodeIsStable() {
    assertThat(FiveSocialLinkage.INCOMPLETE_LINKAGE).isEqualTo("SG-LNK-001");
  }
}
