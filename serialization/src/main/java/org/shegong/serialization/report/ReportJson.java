package org.shegong.serialization.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.shegong.core.ShegongException;
import org.shegong.core.issue.Report;
import org.shegong.serialization.internal.schema.ReportCodec;
import tools.jackson.core.JacksonException;

/**
 * Renders a {@link Report} as the report JSON of exchange format v1, and reads it back.
 *
 * <p>{@link #render(Report)} keeps the specification's key order: {@code reportVersion}, {@code
 * valid}, {@code profile}, {@code asOf}, {@code divisionTable}, {@code summary} ({@code records},
 * {@code validRecords}, {@code errors}, {@code warnings}), {@code issues}; each issue has {@code
 * severity}, {@code code}, {@code file}, {@code line}, {@code column}, {@code recordIndex}, {@code
 * recordType}, {@code recordId}, {@code path}, {@code message}, and leaves out the optional ones it
 * does not have ({@code column} appears only on syntax issues that carry one). The output is
 * pretty-printed with two-space indentation and {@code \n} line ends, and ends with a newline; it
 * conforms to {@code report.schema.json} ({@link
 * org.shegong.serialization.schema.JsonSchemas#report()}).
 *
 * <p>The whole report is held in memory; for batches with very many issues use {@link
 * ReportJsonWriter}. The class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {

  private ReportJson() {}

  /**
   * Renders a report as JSON text in the specification's key order.
   *
   * @param report the report; not null
   * @return the JSON text, ending with a newline; never null
   */
  public static String render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportCodec.write(Objects.requireNonNull(report, "report"), out);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("writing to memory cannot fail", e));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a report as UTF-8 JSON to a stream, in the specification's key order.
   *
   * @param report the report; not null
   * @param out the target; flushed, not closed; not null
   * @throws ShegongException ({@code SG-RPT-002}) when the stream fails
   */
  public static void write(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      ReportCodec.write(report, out);
    } catch (JacksonException e) {
      throw new ShegongException(
          ReportCodec.WRITE_FAILED,
          ReportCodec.WRITE_FAILED + " the report JSON cannot be written: " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads a report JSON, for example one produced by {@link #render(Report)}, by {@link
   * ReportJsonWriter} (whose keys come in another order) or by another system.
   *
   * <p>Strict: duplicate keys, unknown keys, trailing content, a {@code reportVersion} other than
   * {@value Report#REPORT_VERSION}, wrong JSON types, unknown codes, negative counts and a {@code
   * valid} that contradicts {@code summary.errors} are rejected. Key order is not significant.
   *
   * @param json the JSON text; not null
   * @return the report, never null
   * @throws ShegongException ({@code SG-RPT-001}) when the text is not a valid report; the message
   *     names the offending JSON Pointer, never a value
   */
  public static Report read(String json) {
    return read(new StringReader(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a report JSON from a character stream; see {@link #read(String)}.
   *
   * @param json the JSON text; read to its end, not closed; not null
   * @return the report, never null
   * @throws ShegongException ({@code SG-RPT-001}) when the text is not a valid report or cannot be
   *     read
   */
  public static Report read(Reader json) {
    return ReportCodec.read(Objects.requireNonNull(json, "json"));
  }
}
