package org.shegong.cli.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.RecordType;
import org.shegong.tabular.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shegong template}: writes an empty ledger workbook for chosen record types.
 *
 * @since 0.2.0
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write an empty ledger (台账模板): a 说明 sheet, one sheet per record type with its header"
          + " row (required columns marked *), identifier and code columns formatted as text,"
          + " drop-down lists of the Chinese labels on every code column; children come with"
          + " their 走访记录 sheet.",
      "Fill it in Excel or WPS and check it with: shegong validate FILE.xlsx"
    })
final class TemplateCommand implements Callable<Integer> {

  @Option(
      names = "--types",
      paramLabel = "TYPE,…",
      split = ",",
      description =
          "Record types, in the order of their sheets (child, worker, station, agency,"
              + " serviceRecord, demand, project, volunteer, volunteerTeam; default: all of"
              + " exchange format v1).",
      converter = LedgerOptions.RecordTypeConverter.class)
  private List<RecordType> types = new ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE.xlsx",
      required = true,
      description = "The workbook to write.")
  private Path out;

  @Mixin private LocaleOption language = new LocaleOption();

  @Override
  public Integer call() {
    List<RecordType> chosen = new ArrayList<>(types);
    if (chosen.isEmpty()) {
      for (RecordType type : RecordType.values()) {
        if (!type.extension()) {
          chosen.add(type);
        }
      }
    }
    try {
      Templates.write(out, chosen, DivisionTable.bundled().vintage());
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNWRITABLE_OUTPUT,
          CliTexts.CANNOT_WRITE.format(
              language.locale, Map.of("file", out, "reason", String.valueOf(e.getMessage()))),
          e);
    }
    return ShegongCommand.OK;
  }
}
