package org.shegong.serialization.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.message.LocalizedText;
import org.shegong.serialization.Limits;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns problems and Jackson's exceptions into issues, without ever echoing raw input that could be
 * sensitive.
 *
 * @since 0.1.0
 */
public final class Issues {

  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9A-Za-z]{6,}");
  private static final int MAX_REASON = 120;

  private Issues() {}

  /**
   * Starts an issue of a problem, without a location in a file.
   *
   * @param problem the problem; not null
   * @param profile the profile, which decides the severity; not null
   * @param locale the message locale; not null
   * @return the issue builder, never null
   */
  public static Issue.Builder issue(Problem problem, Profile profile, Locale locale) {
    Issue.Builder builder =
        problem.rule().issue(profile, locale, problem.path(), problem.arguments());
    if (problem.column() > 0) {
      builder.column(problem.column());
    }
    return builder;
  }

  /**
   * Returns the problem of a JSON text that Jackson could not parse: a limit (SG-SYN-004) or a
   * syntax error (SG-SYN-001), with the column.
   *
   * @param e Jackson's exception; not null
   * @param limits the limits in force, to name the one exceeded; not null
   * @return the problem, never null
   */
  public static Problem syntax(JacksonException e, Limits limits) {
    TokenStreamLocation location = e.getLocation();
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    if (e instanceof StreamConstraintsException) {
      String text = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
      String limit;
      Object max;
      if (text.contains("nesting")) {
        limit = "maxNestingDepth";
        max = limits.maxNestingDepth();
      } else if (text.contains("number")) {
        limit = "maxNumberLength";
        max = limits.maxNumberLength();
      } else if (text.contains("string")) {
        limit = "maxStringLength";
        max = limits.maxStringLength();
      } else {
        limit = "jackson";
        max = reason(e);
      }
      return new Problem(
          SerializationRules.LIMIT_EXCEEDED, "", Map.of("limit", limit, "max", max), column);
    }
    return new Problem(
        SerializationRules.MALFORMED_JSON,
        "",
        Map.of("column", column, "reason", localizedReason(reason(e))),
        column);
  }

  /**
   * Gives Jackson's (English) reason a Chinese form that says the same in words, so that a Chinese
   * message does not carry English prose; the English message keeps Jackson's reason.
   */
  static LocalizedText localizedReason(String reason) {
    String zh;
    if (reason.startsWith("Unexpected end-of-input")) {
      zh = "JSON 尚未结束，这一行就结束了";
    } else if (reason.startsWith("Unexpected close marker")) {
      zh = "括号不配对";
    } else if (reason.startsWith("Unexpected character")) {
      zh = "此处出现了不应出现的字符";
    } else if (reason.startsWith("Unrecognized token")) {
      zh = "无法识别的词（字符串须加双引号）";
    } else if (reason.startsWith("Illegal unquoted character")) {
      zh = "字符串中有未转义的控制字符";
    } else if (reason.startsWith("Invalid numeric value")
        || reason.startsWith("Leading zeroes")
        || reason.startsWith("Non-standard token")) {
      zh = "数字的写法不合规范";
    } else if (reason.startsWith("Unrecognized character escape")) {
      zh = "字符串中有不合规范的转义";
    } else {
      zh = "JSON 语法错误";
    }
    return new LocalizedText(zh, reason);
  }

  /**
   * Returns Jackson's explanation of an exception with quoted input and long tokens masked: the
   * input may hold a citizen ID or a name.
   *
   * @param e the exception; not null
   * @return a short reason, never null
   */
  public static String reason(JacksonException e) {
    String text = String.valueOf(e.getOriginalMessage());
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    // Jackson's own location ("(start marker at [Source: …; line: 1, column: 2])") repeats what
    // the issue's line and column say, in Jackson's internal wording: drop it.
    int location = text.indexOf(" (start marker at ");
    if (location < 0) {
      location = text.indexOf(" at [Source:");
    }
    if (location >= 0) {
      text = text.substring(0, location);
    }
    text = QUOTED.matcher(text).replaceAll("'…'");
    text = LONG_DIGITS.matcher(text).replaceAll(m -> isWord(m.group()) ? m.group() : "…");
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
  }

  private static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
