package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.RuleCatalogue;

/**
 * Keeps docs/rules.md in step with the rule catalogue: regenerates it in memory and fails when the
 * committed file differs. Update with the command in {@link RulesDocument#UPDATE_COMMAND}.
 */
class RulesDocTest {

  @Test
  void committedRuleCatalogueIsUpToDate() throws IOException {
    Path file = Cli.repoRoot().resolve("docs/rules.md");
    String generated = RulesDocument.markdown(RuleCatalogue.load());

    if (Boolean.getBoolean("shegong.updateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }

    assertThat(file).as("docs/rules.md is missing; run: " + RulesDocument.UPDATE_COMMAND).exists();
    String committed = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/rules.md differs from the rule catalogue; run: " + RulesDocument.UPDATE_COMMAND)
        .isEqualTo(generated);
  }
}
