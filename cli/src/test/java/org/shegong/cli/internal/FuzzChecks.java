package org.shegong.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shegong.serialization.report.ReportJson;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The properties {@link ValidateFuzzTest} checks on one {@link FuzzCase}: {@code shegong validate}
 * runs on the file in-process, once with the text report and once with the JSON report, and
 *
 * <ol>
 *   <li>no exception escapes and no stack trace is printed;
 *   <li>the exit status is 0 without errors and 1 with errors, never 2 (the arguments are valid and
 *       the file is readable, so the command could always run), the same for both reports;
 *   <li>every non-blank line is accounted for: the JSON report's {@code records} is the number of
 *       non-blank lines (a bare CR, CRLF and LF end a line), less one for a header on the first,
 *       and every issue's line is one of those lines;
 *   <li>no raw secret of the input appears in any output: no digit run with the shape of a citizen
 *       ID or mobile number that the input holds (in its bytes, in its JSON strings and keys, or
 *       planted by a directive) and no personal name of the input, in standard output, standard
 *       error, the text report or the JSON report (read back, so escapes are decoded too).
 * </ol>
 *
 * <p>Findings of failures that are known and assigned are classified as such ({@link
 * Violation#known()}), so that a fuzzing run can look past them for new ones.
 */
final class FuzzChecks {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AS_OF = "2024-06-30";
  private static final Pattern GROUPED_MOBILE =
      Pattern.compile("(?<![0-9])(1[0-9]{2})([ -])([0-9]{4})\\2([0-9]{4})(?![0-9])");

  private FuzzChecks() {}

  /** One property broken by one input. */
  record Violation(String property, String detail, @Nullable String known) {
    @Override
    public String toString() {
      return property + ": " + detail + (known == null ? "" : " [known: " + known + "]");
    }
  }

  /** What one run of the command printed and returned, and what it threw. */
  record Run(int exitCode, String out, String err, @Nullable Throwable failure) {}

  /** Runs the command on the case in the directory and returns every property it breaks. */
  static List<Violation> check(FuzzCase input, Path directory) {
    Path file = directory.resolve("fuzz.ndjson");
    try {
      Files.write(file, input.file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> common = new ArrayList<>();
    common.add("validate");
    common.add("--no-progress");
    common.add("--as-of");
    common.add(AS_OF);
    common.add("--threads");
    common.add(Integer.toString(input.threads));
    common.add("--locale");
    common.add(input.english ? "en" : "zh-CN");
    if (input.draft) {
      common.add("--profile");
      common.add("DRAFT");
    }
    List<String> textArgs = new ArrayList<>(common);
    textArgs.add(file.toString());
    List<String> jsonArgs = new ArrayList<>(common);
    jsonArgs.add("--format");
    jsonArgs.add("json");
    jsonArgs.add(file.toString());
    Run text = run(textArgs);
    Run json = run(jsonArgs);

    List<Violation> violations = new ArrayList<>();
    // no failure is known and assigned today; a new one is classified here while its fix is made
    @Nullable String numberKnown = null;
    for (Run r : List.of(text, json)) {
      String which = r == text ? "text" : "json";
      if (r.failure() != null && !(r.failure() instanceof Exception)) {
        violations.add(
            new Violation("no exception escapes", which + ": " + head(r.failure()), null));
      }
      if (r.exitCode() != 0 && r.exitCode() != 1) {
        violations.add(
            new Violation(
                "exit status 0 or 1",
                which
                    + ": exit "
                    + r.exitCode()
                    + ", stderr "
                    + firstLine(r.err())
                    + (r.failure() == null ? "" : ", thrown " + head(r.failure())),
                numberKnown));
      }
      if (r.err().contains("\tat ") || r.out().contains("\tat ")) {
        violations.add(new Violation("no stack trace", which, numberKnown));
      }
    }
    if (text.exitCode() != json.exitCode()) {
      violations.add(
          new Violation(
              "same exit status for both reports",
              "text " + text.exitCode() + ", json " + json.exitCode(),
              numberKnown));
    }

    JsonNode report = null;
    if (json.exitCode() == 0 || json.exitCode() == 1) {
      try {
        report = MAPPER.readTree(json.out());
        ReportJson.read(json.out());
      } catch (RuntimeException e) {
        violations.add(new Violation("the JSON report is readable", head(e), null));
      }
    }
    if (report != null && report.has("summary")) {
      checkReport(input, report, json.exitCode(), violations);
    }
    checkSecrets(input, List.of(text, json), report, violations, numberKnown);
    return violations;
  }

  /** Runs the command line in-process, keeping the exception its handler turns into status 2. */
  static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Throwable[] failure = new Throwable[1];
    int code;
    try {
      CommandLine commandLine =
          ShegongCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
      CommandLine.IExecutionExceptionHandler handler = commandLine.getExecutionExceptionHandler();
      commandLine.setExecutionExceptionHandler(
          (e, command, parsed) -> {
            failure[0] = e;
            return handler.handleExecutionException(e, command, parsed);
          });
      code = commandLine.execute(args.toArray(new String[0]));
    } catch (Throwable t) { // what escapes picocli: Errors (a stack overflow, out of memory)
      failure[0] = t;
      code = Integer.MIN_VALUE;
    }
    return new Run(code, out.toString(), err.toString(), failure[0]);
  }

  private static void checkReport(
      FuzzCase input, JsonNode report, int exitCode, List<Violation> violations) {
    JsonNode summary = report.get("summary");
    long records = summary.path("records").asLong(-1);
    long errors = summary.path("errors").asLong(-1);
    boolean valid = report.path("valid").asBoolean(false);
    if (valid != (errors == 0) || exitCode != (errors > 0 ? 1 : 0)) {
      violations.add(
          new Violation(
              "exit status and valid follow the errors",
              "valid " + valid + ", errors " + errors + ", exit " + exitCode,
              null));
    }
    boolean listedError = false;
    for (JsonNode issue : report.path("issues")) {
      listedError |= issue.path("severity").asString("").equals("ERROR");
    }
    if (listedError != (errors > 0)) {
      violations.add(
          new Violation(
              "errors are listed", "errors " + errors + ", an ERROR listed " + listedError, null));
    }

    Lines lines = Lines.of(input.file);
    @Nullable String crKnown =
        null; // bare CR ends a line since the byte reader (once a known finding)
    long nonBlank = lines.nonBlank.size();
    boolean accounted =
        records == nonBlank || (records == nonBlank - 1 && lines.firstMentionsHeader);
    if (!accounted) {
      violations.add(
          new Violation(
              "every non-blank line is accounted for",
              records + " records for " + nonBlank + " non-blank lines",
              crKnown));
    }
    for (JsonNode issue : report.path("issues")) {
      if (!issue.has("line") || issue.get("line").isNull()) {
        continue;
      }
      long line = issue.get("line").asLong();
      if (!lines.nonBlank.contains(line)) {
        violations.add(
            new Violation(
                "every issue names a non-blank line",
                issue.path("code").asString("") + " on line " + line + " of " + lines.count,
                crKnown));
        break;
      }
    }
  }

  private static void checkSecrets(
      FuzzCase input,
      List<Run> runs,
      @Nullable JsonNode report,
      List<Violation> violations,
      @Nullable String known) {
    Set<String> secrets = new LinkedHashSet<>(input.secrets);
    Set<String> names = new LinkedHashSet<>(input.names);
    String decoded = new String(input.file, StandardCharsets.UTF_8);
    secrets.addAll(shapes(decoded));
    Set<String> idsAndKeys = new HashSet<>();
    for (String line : decoded.split("\r\n|\r|\n")) {
      try {
        strings(MAPPER.readTree(line), "", secrets, idsAndKeys);
      } catch (RuntimeException notJson) {
        // a line that is not JSON has its raw text scanned above
      }
    }
    // an id or a field name is shown as it is, so that the record can be found: a name typed there
    // cannot be told from an id
    names.removeIf(n -> idsAndKeys.stream().anyMatch(s -> s.contains(n)));
    if (secrets.isEmpty() && names.isEmpty()) {
      return;
    }
    List<String> outputs = new ArrayList<>();
    for (Run r : runs) {
      outputs.add(r.out());
      outputs.add(r.err());
    }
    if (report != null) {
      StringBuilder values = new StringBuilder();
      reportStrings(report, values);
      outputs.add(values.toString());
    }
    String leak = leak(secrets, names, outputs);
    if (leak != null) {
      violations.add(new Violation("no raw secret in any output", leak, known));
    }
  }

  /**
   * The first secret that one of the outputs shows raw: an ID or phone shape whose digits are one
   * of the secrets, or one of the names; null when there is none.
   */
  static @Nullable String leak(Set<String> secrets, Set<String> names, List<String> outputs) {
    for (String output : outputs) {
      for (String shape : shapes(output)) {
        if (secrets.contains(shape)) {
          return "ID or phone " + shape;
        }
      }
      for (String name : names) {
        if (output.contains(name)) {
          return "name " + name;
        }
      }
    }
    return null;
  }

  /** Every string value and key of a JSON value; ids, references and keys also go to ids. */
  private static void strings(JsonNode node, String field, Set<String> secrets, Set<String> ids) {
    if (node.isString()) {
      secrets.addAll(shapes(node.asString()));
      if (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids")) {
        ids.add(node.asString());
      }
    } else if (node.isNumber()) {
      secrets.addAll(shapes(node.asString()));
    } else if (node.isObject()) {
      for (var property : node.properties()) {
        secrets.addAll(shapes(property.getKey()));
        ids.add(property.getKey());
        strings(property.getValue(), property.getKey(), secrets, ids);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        strings(element, field, secrets, ids);
      }
    }
  }

  private static void reportStrings(JsonNode node, StringBuilder out) {
    if (node.isString()) {
      out.append(node.asString()).append('\n');
    } else {
      for (JsonNode child : node) {
        reportStrings(child, out);
      }
    }
  }

  /**
   * The digit runs of a text with the shape the scrubber masks (see {@code Scrubber}): 18 digits or
   * 17 and an X, 15 digits, 11 digits starting with 1 (also after 86, and in 3-4-4 groups),
   * full-width digits read as digits. Each is given by its ASCII digits (and upper-case X).
   */
  static Set<String> shapes(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      } else if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
        c = 'X';
      }
      ascii.append(c);
    }
    String t = ascii.toString();
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < t.length()) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        i++;
        continue;
      }
      int end = i;
      while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
        end++;
      }
      int len = end - i;
      String run = t.substring(i, end);
      if (len == 17 && end < t.length() && t.charAt(end) == 'X') {
        found.add(run + "X");
      } else if (len == 18 || len == 15 || (len == 11 && run.charAt(0) == '1')) {
        found.add(run);
      } else if (len == 13 && run.startsWith("861")) {
        found.add(run.substring(2));
      }
      i = end;
    }
    Matcher grouped = GROUPED_MOBILE.matcher(t);
    while (grouped.find()) {
      found.add(grouped.group(1) + grouped.group(3) + grouped.group(4));
    }
    return found;
  }

  /** The lines of a file as the exchange format counts them. */
  static final class Lines {
    final Set<Long> nonBlank = new HashSet<>();
    long count;
    boolean bareCr;
    boolean firstMentionsHeader;

    static Lines of(byte[] file) {
      Lines lines = new Lines();
      int start = 0;
      if (file.length >= 3
          && (file[0] & 0xff) == 0xEF
          && (file[1] & 0xff) == 0xBB
          && (file[2] & 0xff) == 0xBF) {
        start = 3;
      }
      int lineStart = start;
      boolean first = true;
      for (int i = start; i <= file.length; i++) {
        boolean end = i == file.length || file[i] == '\n' || file[i] == '\r';
        if (!end) {
          continue;
        }
        if (i == file.length && lineStart == file.length) {
          break; // no line after the last line end
        }
        lines.count++;
        boolean blank = true;
        for (int j = lineStart; j < i; j++) {
          blank &= file[j] == ' ' || file[j] == '\t';
        }
        if (!blank) {
          lines.nonBlank.add(lines.count);
          if (first) {
            String text = new String(file, lineStart, i - lineStart, StandardCharsets.UTF_8);
            lines.firstMentionsHeader = text.contains("\"header\"");
            first = false;
          }
        }
        if (i < file.length && file[i] == '\r') {
          if (i + 1 < file.length && file[i + 1] == '\n') {
            i++;
          } else {
            lines.bareCr = true;
          }
        }
        lineStart = i + 1;
      }
      return lines;
    }
  }

  /** The class, message and first frames of a throwable. */
  static String head(Throwable t) {
    StringBuilder s = new StringBuilder(t.toString());
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(6, frames.length); i++) {
      s.append("\n\tat ").append(frames[i]);
    }
    return s.toString();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
