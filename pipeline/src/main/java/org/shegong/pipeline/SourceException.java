package org.shegong.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;

/**
 * A source cannot be read (rule {@code SG-PIP-001}): the file does not exist, is a directory, is
 * not readable, or reading it failed (a disk error, a corrupt gzip stream). Problems in the data
 * are never thrown; they are issues.
 *
 * @since 0.1.0
 */
public final class SourceException extends ShegongException {

  /** The code of the rule broken: a source of a run must be readable. */
  public static final String CODE = "SG-PIP-001";

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the source's name, as given by the caller; not null
   * @param reason why it cannot be read; not null
   */
  public SourceException(String source, String reason) {
    this(source, reason, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param source the source's name, as given by the caller; not null
   * @param reason why it cannot be read; not null
   * @param cause the failure of the read; may be null
   */
  public SourceException(String source, String reason, @Nullable Throwable cause) {
    super(CODE, CODE + " cannot read " + source + ": " + reason, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the name of the source that cannot be read.
   *
   * @return the name as given by the caller (a path, {@code <stdin>}); never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns why the source cannot be read.
   *
   * @return for example {@code not a file}; never null
   */
  public String reason() {
    return reason;
  }
}
