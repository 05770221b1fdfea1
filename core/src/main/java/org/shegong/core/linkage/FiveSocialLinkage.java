package org.shegong.core.linkage;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.model.Project;

/**
 * The five-party linkage rule (五社联动): a project that declares {@code fiveSocialLinkage: true} names
 * all five {@link LinkageParty} members in {@code linkageParties}.
 *
 * <p>The parties are 社区 {@code COMMUNITY}, 社会组织 {@code SOCIAL_ORGANIZATION}, 社会工作者 {@code
 * SOCIAL_WORKER}, 社区志愿者 {@code COMMUNITY_VOLUNTEER} and 社会慈善资源 {@code CHARITABLE_RESOURCE}. A party
 * named twice counts once. A project that does not declare the linkage (flag {@code false} or
 * absent) has nothing to miss, whatever parties it names.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FiveSocialLinkage {

  /**
   * The rule code of "a project that declares five-party linkage names all five parties".
   *
   * <p>The code the validation module reports when {@link #missingParties(Project)} is not empty.
   */
  public static final String INCOMPLETE_LINKAGE = "SG-LNK-001";

  private FiveSocialLinkage() {}

  /**
   * Returns the parties a project that declares five-party linkage does not name.
   *
   * @param project the project; not null
   * @return an unmodifiable set in declaration order of {@link LinkageParty}; empty when the
   *     project names all five, and empty when {@code fiveSocialLinkage} is {@code false} or absent
   */
  public static Set<LinkageParty> missingParties(Project project) {
    Objects.requireNonNull(project, "project");
    if (!project.fiveSocialLinkage().orElse(Boolean.FALSE)) {
      return Collections.unmodifiableSet(EnumSet.noneOf(LinkageParty.class));
    }
    return missingParties(project.linkageParties());
  }

  /**
   * Returns the parties of the five that a collection does not contain.
   *
   * @param parties the parties named, duplicates allowed; not null, no null elements
   * @return an unmodifiable set in declaration order of {@link LinkageParty}, empty when all five
   *     are named
   */
  public static Set<LinkageParty> missingParties(Collection<LinkageParty> parties) {
    Objects.requireNonNull(parties, "parties");
    EnumSet<LinkageParty> missing = EnumSet.allOf(LinkageParty.class);
    for (LinkageParty party : parties) {
      missing.remove(Objects.requireNonNull(party, "party"));
    }
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Tells whether a project names all five parties, whether or not it declares the linkage.
   *
   * @param project the project; not null
   * @return {@code true} when {@code linkageParties} contains every {@link LinkageParty}
   */
  public static boolean isComplete(Project project) {
    Objects.requireNonNull(project, "project");
    return missingParties(project.linkageParties()).isEmpty();
  }

  /**
   * Tells whether a project meets the five-party linkage rule: it does not declare the linkage, or
   * it names all five parties.
   *
   * @param project the project; not null
   * @return {@code true} when {@link #missingParties(Project)} is empty
   */
  public static boolean conforms(Project project) {
    return missingParties(project).isEmpty();
  }
}
