package org.shegong.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shegong.serialization.schema.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shegong schema}: writes the JSON Schemas of the exchange format and of the report.
 *
 * @since 0.1.0
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write the JSON Schemas (draft 2020-12) of every record type, the header line and the"
          + " validation report (导出 JSON Schema), for partners that are not on the JVM.",
      "Prints each file written. Exit status 0, or 2 when the directory cannot be written."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Directory to write to, created when missing (default: ${DEFAULT-VALUE}).",
      defaultValue = "schemas")
  private Path out;

  @Override
  public Integer call() {
    List<Path> written = JsonSchemas.writeTo(out);
    PrintWriter stdout = spec.commandLine().getOut();
    for (Path file : written) {
      stdout.println(file);
    }
    stdout.printf("%d schema files written to %s%n", written.size(), out);
    stdout.flush();
    return ShegongCommand.OK;
  }
}
