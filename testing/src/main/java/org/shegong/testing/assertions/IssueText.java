package org.shegong.testing.assertions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shegong.core.issue.Issue;
import org.shegong.core.privacy.Masking;

/**
 * Formats issues for failure messages, masking anything that looks like an ID or phone number.
 *
 * @since 0.1.0
 */
final class IssueText {

  private static final Pattern CITIZEN_ID =
      Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final int LISTED = 50;

  private IssueText() {}

  static String describe(Issue issue) {
    StringBuilder b = new StringBuilder(96);
    b.append(issue.severity()).append(' ').append(issue.code());
    issue.file().ifPresent(f -> b.append(" file ").append(f));
    issue.line().ifPresent(l -> b.append(" line ").append(l));
    issue.column().ifPresent(c -> b.append(':').append(c));
    if (issue.recordType().isPresent() || issue.recordId().isPresent()) {
      b.append(" record");
      issue.recordType().ifPresent(t -> b.append(' ').append(t));
      issue.recordId().ifPresent(i -> b.append(' ').append(i));
    }
    issue.recordIndex().ifPresent(i -> b.append(" (#").append(i).append(')'));
    b.append(" path ").append(issue.path().isEmpty() ? "\"\"" : issue.path());
    b.append(": ").append(mask(issue.message()));
    return b.toString();
  }

  static String list(List<Issue> issues) {
    if (issues.isEmpty()) {
      return "  (no issues)";
    }
    StringBuilder b = new StringBuilder();
    int shown = Math.min(LISTED, issues.size());
    for (int i = 0; i < shown; i++) {
      b.append("  ").append(describe(issues.get(i))).append('\n');
    }
    if (issues.size() > shown) {
      b.append("  … and ").append(issues.size() - shown).append(" more\n");
    }
    return b.toString().stripTrailing();
  }

  static String mask(String text) {
    String masked = replace(CITIZEN_ID, text, true);
    return replace(MOBILE, masked, false);
  }

  private static String replace(Pattern pattern, String text, boolean citizenId) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String found = m.group();
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(citizenId ? Masking.citizenId(found) : Masking.phone(found)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
