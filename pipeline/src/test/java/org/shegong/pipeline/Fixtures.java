package org.shegong.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.Limits;
import org.shegong.serialization.WriteOptions;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.mutation.DefectInjector;
import org.shegong.testing.mutation.SampleRecord;
import org.shegong.testing.sample.SampleData;

/**
 * Generated exchange files with defects of every rule and the awkward lines of real files. Public,
 * in the module's test-jar, because the Spark adapter's tests must find the same issues in the same
 * files.
 */
public final class Fixtures {

  public static final LocalDate AS_OF = SampleData.DEFAULT_AS_OF;

  private Fixtures() {}

  /** A generated file's lines and the defects injected into its records. */
  public record Generated(List<String> lines, Set<Defect> defects) {}

  /**
   * Generates n records (a share with one defect each), a header whose recordCount is wrong, and
   * lines every reader meets: blank and white-space lines, CRLF ends, malformed JSON, a line that
   * is not an object, trailing content, an unknown record type, an unknown field, a value of the
   * wrong type, a misplaced header, a line longer than the limit and a byte order mark inside.
   */
  public static Generated generate(long seed, int n, double invalidRate) {
    DefectInjector injector =
        DefectInjector.of(SampleData.withSeed(seed).asOf(AS_OF).withVolunteers(), invalidRate);
    StringWriter text = new StringWriter();
    List<@Nullable Defect> injected = new ArrayList<>();
    try (ExchangeWriter writer = ExchangeWriter.open(text, WriteOptions.full())) {
      writer.writeHeader(
          ExchangeHeader.builder().sender("fixture " + seed).recordCount(n + 1).build());
      for (SampleRecord sample : (Iterable<SampleRecord>) injector.stream(n)::iterator) {
        writer.write(sample.record());
        injected.add(sample.defect().map(d -> d.defect()).orElse(null));
      }
    }
    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("  \t ");
    out.addAll(lines.subList(0, 1));
    int every = Math.max(9, n / 40);
    // a defect counts only where its record is left readable (CR end, unknown field, or untouched)
    Set<Defect> defects = EnumSet.noneOf(Defect.class);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Defect defect = i - 1 < injected.size() ? injected.get(i - 1) : null;
      int kind = i % every;
      if (defect != null && (kind == 0 || kind == 1 || kind == 6 || kind > 7)) {
        defects.add(defect);
      }
      switch (i % every) {
        case 1 -> out.add(line + "\r");
        case 2 -> out.add(line.substring(0, line.length() / 2));
        case 3 -> out.add("[1,2,3]");
        case 4 -> out.add(line + " {}");
        case 5 ->
            out.add(
                line.replaceFirst("\"recordType\":\"[a-zA-Z]+\"", "\"recordType\":\"martian\""));
        case 6 -> out.add(line.replaceFirst("\\{", "{\"nickname\":\"x\","));
        case 7 -> out.add(line.replaceFirst("\\{", "{\"id\":\"dup\","));
        default -> out.add(line);
      }
      if (i % (every * 3) == 0) {
        out.add("");
        out.add("{\"recordType\":\"header\",\"formatVersion\":\"1.0\"}");
        out.add(" ");
      }
      if (i == lines.size() / 2) {
        out.add("\uFEFF" + line);
        out.add("x".repeat(Limits.DEFAULT_MAX_LINE_LENGTH + 5));
        out.add(" ".repeat(Limits.DEFAULT_MAX_LINE_LENGTH + 1) + "\r");
        out.add(" ".repeat(Limits.DEFAULT_MAX_LINE_LENGTH) + "\r");
        out.add(line.replaceFirst("\"id\":\"", "\"id\":7,\"x\":\""));
      }
    }
    return new Generated(out, defects);
  }

  public static Path write(Path file, List<String> lines, boolean finalNewline) {
    String text = String.join("\n", lines) + (finalNewline ? "\n" : "");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out =
        file.toString().endsWith(".gz")
            ? new GZIPOutputStream(Files.newOutputStream(file))
            : Files.newOutputStream(file)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
