package org.shegong.pipeline;

/**
 * Observes a run's progress: records read, bytes read and issues found so far, for a progress bar
 * or a job's metrics.
 *
 * <p>Called from the thread that called {@code run}, after each chunk of a source is merged in
 * (every few hundred kilobytes) and once at the end of each source; it should return quickly.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Receives the progress so far.
   *
   * @param event the counts so far; not null
   */
  void progress(ProgressEvent event);

  /**
   * Returns a listener that ignores every event.
   *
   * @return the listener, never null
   */
  static ProgressListener none() {
    return event -> {};
  }
}
