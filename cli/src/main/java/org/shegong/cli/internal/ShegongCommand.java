package org.shegong.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.shegong.core.ShegongException;
import org.shegong.core.privacy.Scrubber;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code shegong} command and the configuration of picocli: UTF-8 output, exit status
 * 2 for every failure to run, no stack traces. Every failure message passes through {@link
 * Scrubber#scrub(String)} before it reaches standard error: an argument or an exception that quotes
 * a citizen ID or a mobile number is printed masked.
 *
 * @since 0.1.0
 */
@Command(
    name = "shegong",
    mixinStandardHelpOptions = true,
    versionProvider = ShegongCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Shegong (社工): check, describe and generate data of China's community social-work system.",
      "",
      "Exit status: 0 no errors, 1 errors found in the data, 2 the command could not run."
    })
public final class ShegongCommand implements Callable<Integer> {

  /**
   * The subcommands, in the order the usage lists them. They are added when the command line is
   * built rather than named in the annotation, so that a run of one command builds picocli's model
   * of that command only (see {@link #commandLine(PrintWriter, PrintWriter, String...)}).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          ConvertCommand.class,
          TemplateCommand.class,
          SchemaCommand.class,
          SampleCommand.class,
          CoverageCommand.class,
          RulesCommand.class,
          CommandLine.HelpCommand.class);

  /** Exit status: the command ran and found no error. */
  public static final int OK = 0;

  /** Exit status: the command ran and found errors in the data. */
  public static final int DATA_ERRORS = 1;

  /** Exit status: the command could not run (bad arguments, unreadable file). */
  public static final int CANNOT_RUN = 2;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli calls it. */
  public ShegongCommand() {}

  /**
   * Builds the command line with UTF-8 output on {@code System.out} and {@code System.err}.
   *
   * @return a new command line, never null
   */
  public static CommandLine commandLine() {
    return commandLine(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * Builds the command line with UTF-8 output on {@code System.out} and {@code System.err}, for the
   * given arguments: when they start with the name of a command, only that command is added (the
   * others are never run, and building picocli's model of all of them costs a run about a tenth of
   * a second at start-up); otherwise (help, a version, an unknown command) all of them.
   *
   * @param args the arguments the command line will execute; not null
   * @return a new command line, never null
   */
  public static CommandLine commandLine(String... args) {
    return commandLine(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        args);
  }

  /**
   * Builds the command line writing to the given writers, with all the commands.
   *
   * @param out standard output; not null
   * @param err standard error; not null
   * @return a new command line, never null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return build(out, err, SUBCOMMANDS);
  }

  /**
   * Builds the command line writing to the given writers, with only the command the arguments start
   * with when they name one, else with all of them.
   *
   * @param out standard output; not null
   * @param err standard error; not null
   * @param args the arguments the command line will execute; not null
   * @return a new command line, never null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    return build(out, err, subcommandsFor(args));
  }

  /**
   * The subcommands to add for the arguments: the one named by the first argument, or all of them
   * when the first argument names none (or names {@code help}, which describes the others).
   */
  static List<Class<?>> subcommandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        Command command = subcommand.getAnnotation(Command.class);
        if (subcommand != CommandLine.HelpCommand.class
            && command != null
            && command.name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
  }

  private static CommandLine build(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(new ShegongCommand());
    for (Class<?> subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ShegongCommand::badArguments);
    commandLine.setExecutionExceptionHandler(ShegongCommand::failed);
    commandLine.setExitCodeExceptionMapper(e -> CANNOT_RUN);
    commandLine.setExecutionStrategy(parseResult -> execute(parseResult, out, err));
    return commandLine;
  }

  /**
   * Runs the command picocli chose, then makes sure that what it wrote reached standard output: a
   * {@code PrintWriter} (and {@code System.out}) swallow write errors, so a full disk or a pipe
   * closed early would otherwise end with the data's status. An {@code Error} (which picocli lets
   * through) ends in one line naming it, never a stack trace.
   */
  private static int execute(
      CommandLine.ParseResult parseResult, PrintWriter out, PrintWriter err) {
    java.util.Locale locale = CliTexts.localeOf(parseResult.originalArgs().toArray(new String[0]));
    int status;
    try {
      status = new CommandLine.RunLast().execute(parseResult);
    } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
      throw e; // the handlers of picocli report them
    } catch (RuntimeException | Error e) {
      status = reportFailure(e, err, locale);
    }
    if (outputFailed(out)) {
      return outputFailure(err, locale);
    }
    return status;
  }

  private static int outputFailure(PrintWriter err, java.util.Locale locale) {
    err.println(
        CliTexts.PREFIX.format(
            locale,
            Map.of(
                "message",
                CliTexts.CANNOT_WRITE_OUTPUT.format(
                    locale, Map.of("code", CommandFailure.OUTPUT_FAILED)))));
    err.flush();
    return CANNOT_RUN;
  }

  /**
   * Tells whether writing to standard output failed: the command's writer or, under it, {@code
   * System.out}, whose {@code PrintStream} keeps the error to itself.
   *
   * @param out the command's standard output; not null
   * @return {@code true} when a write failed
   */
  static boolean outputFailed(PrintWriter out) {
    return out.checkError() || System.out.checkError();
  }

  private static int reportFailure(Throwable e, PrintWriter err, java.util.Locale locale) {
    err.println(
        CliTexts.PREFIX.format(locale, Map.of("message", Scrubber.scrub(describe(e, locale)))));
    if (System.getenv("SHEGONG_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return CANNOT_RUN;
  }

  /**
   * Without a subcommand: prints the usage on standard error.
   *
   * @return {@value #CANNOT_RUN}, since no command was given
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("shegong: which command? (validate, schema, sample, coverage, rules)");
    spec.commandLine().usage(err);
    return CANNOT_RUN;
  }

  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    java.util.Locale locale = CliTexts.localeOf(args);
    String message = e.getMessage();
    if (e.getCause() instanceof CliTexts.LocalizedConversionException conversion
        && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
      message =
          CliTexts.INVALID_VALUE.format(
              locale, Map.of("option", option.longestName(), "reason", conversion.reason(locale)));
    }
    err.println(
        CliTexts.PREFIX.format(locale, Map.of("message", Scrubber.scrub(String.valueOf(message)))));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(
          CliTexts.TRY_HELP.format(locale, Map.of("command", cl.getCommandSpec().qualifiedName())));
    }
    err.flush();
    return CANNOT_RUN;
  }

  private static int failed(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    java.util.Locale locale = CliTexts.localeOf(parseResult.originalArgs().toArray(new String[0]));
    if (outputFailed(commandLine.getOut())) {
      // whatever failed after it, the output going away is what the user needs to know
      return outputFailure(commandLine.getErr(), locale);
    }
    return reportFailure(e, commandLine.getErr(), locale);
  }

  /**
   * One line about a failure: its message, never a stack trace; a failure that is not one of the
   * command's own is an internal failure, named by its class only (its message may quote input).
   */
  static String describe(Throwable e, java.util.Locale locale) {
    if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
      return describe(e);
    }
    if (e instanceof ShegongException || e instanceof CommandLine.ParameterException) {
      return String.valueOf(e.getMessage());
    }
    return CliTexts.INTERNAL_FAILURE.format(
        locale, Map.of("code", CommandFailure.INTERNAL_FAILURE, "failure", e.getClass().getName()));
  }

  /** One line about a failure: its message, never a stack trace. */
  static String describe(Throwable e) {
    if (e instanceof ShegongException || e instanceof CommandLine.ParameterException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof UncheckedIOException io) {
      // an UncheckedIOException always has its IOException
      return "input/output failed: " + describe(Objects.requireNonNull(io.getCause()));
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied: " + e.getMessage();
    }
    if (e instanceof java.io.IOException) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return "unexpected failure ("
        + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "); set SHEGONG_DEBUG=1 for the stack trace";
  }

  /**
   * The version of the jar, as {@code shegong --version} prints it.
   *
   * @since 0.1.0
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ShegongCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "shegong " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")
      };
    }
  }
}
