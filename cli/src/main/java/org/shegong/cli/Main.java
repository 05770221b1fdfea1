package org.shegong.cli;

import org.shegong.cli.internal.Preload;
import org.shegong.cli.internal.ShegongCommand;

/**
 * The {@code shegong} command: validate exchange files, export the JSON Schemas, generate sample
 * data, compute township coverage and list the validation rules.
 *
 * <p>Run {@code java -jar shegong.jar --help} (or {@code ./shegong --help} in the repository) for
 * the commands. Exit status: 0 no errors, 1 errors found in the data, 2 the command could not run
 * (bad arguments, unreadable file).
 *
 * @since 0.1.0
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    // the bundled division table loads on a second thread while picocli reads the arguments
    Preload.start(args);
    System.exit(run(args));
  }

  /**
   * Runs the command line on {@code System.out} and {@code System.err} without exiting the JVM.
   *
   * @param args the arguments; not null
   * @return the exit status: 0 no errors, 1 errors found, 2 the command could not run
   */
  public static int run(String... args) {
    return ShegongCommand.commandLine(args).execute(args);
  }
}
