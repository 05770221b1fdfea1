package org.shegong.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, shown only when standard error is a terminal, so that
 * redirected output and logs stay clean.
 *
 * @since 0.1.0
 */
final class Progress implements AutoCloseable {

  private static final Progress NONE = new Progress(null);

  private final ProgressBar bar;
  private boolean closed;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * Starts a bar when standard error is a terminal and {@code wanted} is true, else a no-op.
   *
   * @param task the task name
   * @param max the total, in units of {@code unitSize}
   * @param unit the unit's name, e.g. {@code " MB"}
   * @param unitSize the size of the unit
   */
  static Progress start(String task, long max, String unit, long unitSize, boolean wanted) {
    if (!wanted || !stderrIsTerminal()) {
      return NONE;
    }
    PrintStream err = System.err;
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUnit(unit, unitSize)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .clearDisplayOnFinish()
            .build();
    return new Progress(bar);
  }

  /** Tells whether standard error is an interactive terminal. */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** Sets the current position. */
  void stepTo(long position) {
    if (bar != null && !closed) {
      bar.stepTo(position);
    }
  }

  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
    }
  }
}
