package org.shegong.serialization;

import java.io.Closeable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.privacy.Scrubber;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by a {@code JsonMapper} with {@link ShegongModule} when JSON does not bind to a Shegong
 * type: the first structure or syntax problem found, as an issue with its rule code and JSON
 * Pointer.
 *
 * <p>The message starts with the rule code and names the field, for example {@code SG-STR-003 at
 * /sex: unknown code 'M' for Sex; allowed: 0, 1, 2, 9}. Sensitive values are masked. The exchange
 * reader does not throw it: it collects every problem of a record as issues instead.
 *
 * @since 0.1.0
 */
public final class RecordMappingException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  /**
   * Creates the exception.
   *
   * @param processor the parser that was reading; may be null
   * @param issue the problem, with an English message; not null
   */
  public RecordMappingException(@Nullable Closeable processor, Issue issue) {
    super(processor, messageOf(issue));
    this.issue = Objects.requireNonNull(issue, "issue");
  }

  private static String messageOf(Issue issue) {
    String path = issue.path().isEmpty() ? "/" : issue.path();
    return issue.code() + " at " + path + ": " + issue.message();
  }

  /**
   * Returns the message with Jackson's location, passed through {@link Scrubber#scrub(String)}: a
   * mapper configured to quote its source in locations ({@code INCLUDE_SOURCE_IN_LOCATION}) must
   * not put a citizen ID or a mobile number from the input into a log.
   *
   * @return the scrubbed message, never null
   */
  @Override
  public String getMessage() {
    return Scrubber.scrub(String.valueOf(super.getMessage()));
  }

  /**
   * Returns the problem as an issue (severity of the {@code EXCHANGE} profile, message in English).
   *
   * @return the issue, never null after construction
   */
  public Issue issue() {
    return issue;
  }

  /**
   * Returns the code of the rule broken.
   *
   * @return for example {@code SG-STR-003}
   */
  public String ruleCode() {
    return issue.code();
  }
}
