package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line built for its arguments has the command they name, or all of them. */
class SubcommandsTest {

  @Test
  void theCommandTheArgumentsNameIsTheOnlyOneAdded() {
    assertThat(ShegongCommand.subcommandsFor("validate", "file.ndjson"))
        .containsExactly(ValidateCommand.class);
    assertThat(ShegongCommand.subcommandsFor("coverage", "--help"))
        .containsExactly(CoverageCommand.class);
    assertThat(ShegongCommand.subcommandsFor("rules")).containsExactly(RulesCommand.class);
  }

  @Test
  void allOfThemForHelpAVersionNoCommandOrAnUnknownOne() {
    for (String[] args :
        new String[][] {{}, {"--help"}, {"-V"}, {"help", "validate"}, {"valdiate", "x"}}) {
      assertThat(ShegongCommand.subcommandsFor(args))
          .as(String.join(" ", args))
          .isEqualTo(ShegongCommand.SUBCOMMANDS);
    }
  }

  @Test
  void everyCommandIsAddedByTheNameItsAnnotationGives() {
    for (Class<?> subcommand : ShegongCommand.SUBCOMMANDS) {
      if (subcommand == CommandLine.HelpCommand.class) {
        continue;
      }
      String name = subcommand.getAnnotation(CommandLine.Command.class).name();
      CommandLine line = run(name).line;
      assertThat(line.getSubcommands()).containsOnlyKeys(name);
    }
  }

  @Test
  void aRunOfOneCommandPrintsWhatTheFullCommandLinePrints() {
    String[] args = {
      "validate", "--as-of", Cli.SAMPLE_AS_OF, "--format", "json", Cli.sampleFile().toString()
    };
    Run one = run(args);
    Cli.Result all = Cli.run(args);
    assertThat(one.status).isEqualTo(all.exitCode()).isEqualTo(ShegongCommand.DATA_ERRORS);
    assertThat(one.out).isEqualTo(all.out());
  }

  @Test
  void theUsageStillListsEveryCommand() {
    Run usage = run("--help");
    assertThat(usage.status).isZero();
    for (String name :
        new String[] {
          "validate", "convert", "template", "schema", "sample", "coverage", "rules", "help"
        }) {
      assertThat(usage.out).contains("  " + name);
    }
    Run help = run("help", "validate");
    assertThat(help.status).isZero();
    assertThat(help.out).contains("--threads");
  }

  private record Run(CommandLine line, int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line =
        ShegongCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args);
    int status = line.execute(args);
    return new Run(line, status, out.toString(), err.toString());
  }
}
