package org.shegong.cli.internal;

import java.security.SecureRandom;
import java.util.List;
import org.shegong.core.division.DivisionTable;
import org.shegong.validation.ValidationConfig;

/**
 * Loads the bundled division table (and a few things loaded once per JVM) on a second thread while
 * picocli reads the command line.
 *
 * <p>Building picocli's model of the commands takes the main thread about a tenth of a second at
 * start-up, and reading the bundled table (some 45,000 divisions) about as long; on a machine of
 * two processors or more the two can overlap. The table is loaded once per JVM, so when the command
 * reaches it, it finds it loaded or waits for the load under way, and nothing is loaded twice. The
 * preload is for the commands that read the table ({@code validate}, {@code coverage}) when the
 * user gives no table of their own ({@code --divisions}); a failure is ignored here, since the
 * command meets it again and reports it.
 *
 * @since 0.1.0
 */
public final class Preload {

  private static final List<String> COMMANDS = List.of("validate", "coverage");

  private Preload() {}

  /**
   * Starts loading the bundled division table when the arguments call for it and a second processor
   * can do it.
   *
   * @param args the command line's arguments; not null
   * @return whether the load was started
   */
  public static boolean start(String... args) {
    if (!wanted(args) || Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    Thread thread = new Thread(Preload::load, "shegong-preload");
    thread.setDaemon(true);
    thread.start();
    return true;
  }

  /**
   * Tells whether a command line is one for which the bundled table is preloaded.
   *
   * @param args the arguments
   * @return true for a command that reads the table, without {@code --divisions} or help
   */
  static boolean wanted(String... args) {
    if (args.length == 0 || !COMMANDS.contains(args[0])) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith("--divisions") || arg.equals("-h") || arg.equals("--help")) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("CheckReturnValue")
  private static void load() {
    try {
      DivisionTable.bundled();
      // what the command needs next and loads once per JVM: a configuration's classes and the
      // time-zone rules of its date, and the JDK's random source the batch rules key their
      // hashes with (the providers and the native generator take some 20 ms to set up)
      ValidationConfig.defaults();
      new SecureRandom().nextLong();
    } catch (RuntimeException | Error e) {
      // the command loads the table again and reports what went wrong
    }
  }
}
