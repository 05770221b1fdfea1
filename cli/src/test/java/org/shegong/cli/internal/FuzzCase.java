package org.shegong.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One input of {@link ValidateFuzzTest}: the exchange file built from the fuzzer's bytes, the
 * secrets the harness planted in it and the options of the run.
 *
 * <p><b>The encoding</b> is text-friendly, so that a committed input can be read and written by
 * hand, and total, so that any bytes are an input:
 *
 * <ul>
 *   <li>An optional first line {@code #!…} sets options: {@code e} English messages (else zh-CN),
 *       {@code d} the DRAFT profile (else EXCHANGE), {@code 2} two worker threads (else one). It is
 *       not part of the file.
 *   <li>Every other line (split at LF only) that does not start with {@code @} is copied to the
 *       file byte for byte, CRs, invalid UTF-8 and all.
 *   <li>A line {@code @} <i>s</i> <i>op arg op arg …</i> is a <em>directive</em>: the byte <i>s</i>
 *       picks a seed record (valid records of every type, {@code fuzz/records.ndjson}, and the
 *       lines of {@code examples/data/sample-exchange.ndjson}; {@code s mod} their number), and
 *       each pair of bytes after it is one structure-aware mutation of that record ({@code op mod}
 *       {@value #OPS}, {@code arg} choosing the field and the value): a citizen ID, a mobile number
 *       or a planted name in any field (IDs and phones also as keys, escaped as {@code \}{@code
 *       u0031} or in full-width digits), a huge or long number, deep nesting, a field spliced from
 *       another seed, a reference to another seed's id, a deleted, duplicated or retyped field, a
 *       bad date or amount, another record type, invalid UTF-8, a truncated line, a CR, CRLF or
 *       missing line end. The record is then written as one line.
 * </ul>
 *
 * <p>Every secret planted by a directive is remembered (citizen IDs and mobile numbers as their
 * digits, names as written), and so are the personal names of the seed records used, so that the
 * test can check that none of them reaches any output.
 */
final class FuzzCase {

  static final int OPS = 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SEEDS = loadSeeds();

  /** Names the harness plants; a report must never show one of them in full. */
  static final List<String> NAMES =
      List.of(
          "欧阳娜娜", "司马晓光", "诸葛雪梅", "上官文静", "慕容春燕", "Zhang Weiming", "Ouyang Nana", "Li Xiaolong");

  private static final String[] REGIONS = {
    "110105", "310115", "440305", "510107", "330106", "411281", "340323"
  };
  private static final String[] MOBILE_PREFIXES = {
    "130", "138", "139", "150", "158", "186", "199", "177"
  };
  private static final String[] HUGE_NUMBERS = {
    "1e9999999999",
    "-1e-9999999999",
    "1E+2147483648",
    "123456789012345678901234567890123456789012345678901234567890",
    "1.7976931348623157e309",
    "-0.000000000000000000000000000000000000000000000000001",
    "9223372036854775808",
    "-9223372036854775809",
    "2147483648",
    "1e400",
    "0.1e-400",
    "[1e9999999999]",
  };
  private static final String[] ODD_VALUES = {
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "0",
    "-1",
    "\"\"",
    "1.5",
    "\"   \"",
    "[null]",
    "{\"\":\"\"}",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udc00x\"",
    "\"\\t\\n\\r\"",
  };
  private static final String[] ODD_DATES = {
    "2024-02-30",
    "+999999999-01-01",
    "-999999999-12-31",
    "9999-12-31",
    "0000-01-01",
    "2024-6-1",
    "2024-06-30T10:00:00+08:00",
    "20240630",
    "1900-01-01",
    "2999-12-31",
    "+10000-01-01",
  };
  private static final String[] ODD_AMOUNTS = {
    "1e999999999",
    "99999999999999999999999999.999",
    "-0.00",
    "3000.001",
    "NaN",
    "Infinity",
    "1,000.00",
    "０.５",
    "1E+2147483647",
    "0x10",
  };
  private static final String[] RECORD_TYPES = {
    "agency",
    "station",
    "worker",
    "child",
    "serviceRecord",
    "demand",
    "project",
    "volunteer",
    "volunteerTeam",
    "header",
    "Child",
    "unknown",
    "",
    "1",
  };
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r", "", "\n\n", " \t\n"};
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xC3, 0x28},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xE6, (byte) 0x88},
  };

  final byte[] file;
  final Set<String> secrets;
  final Set<String> names;
  final boolean english;
  final boolean draft;
  final int threads;

  private FuzzCase(
      byte[] file,
      Set<String> secrets,
      Set<String> names,
      boolean english,
      boolean draft,
      int threads) {
    this.file = file;
    this.secrets = secrets;
    this.names = names;
    this.english = english;
    this.draft = draft;
    this.threads = threads;
  }

  /** The number of seed records a directive can pick. */
  static int seedCount() {
    return SEEDS.size();
  }

  /** Decodes the fuzzer's bytes; total: any bytes give a case. */
  static FuzzCase decode(byte[] data) {
    List<byte[]> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= data.length; i++) {
      if (i == data.length || data[i] == '\n') {
        byte[] segment = new byte[i - start];
        System.arraycopy(data, start, segment, 0, segment.length);
        segments.add(segment);
        start = i + 1;
      }
    }
    boolean endsWithNewline = data.length > 0 && data[data.length - 1] == '\n';
    if (endsWithNewline) {
      segments.remove(segments.size() - 1); // the empty segment after the last LF
    }
    boolean english = false;
    boolean draft = false;
    int threads = 1;
    int first = 0;
    if (!segments.isEmpty() && startsWith(segments.get(0), "#!")) {
      for (byte b : segments.get(0)) {
        english |= b == 'e';
        draft |= b == 'd';
        threads = b == '2' ? 2 : threads;
      }
      first = 1;
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    Set<String> secrets = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (int s = first; s < segments.size(); s++) {
      byte[] segment = segments.get(s);
      boolean last = s == segments.size() - 1;
      if (segment.length > 0 && segment[0] == '@') {
        file.writeBytes(new Directive(segment, secrets, names).expand());
      } else {
        file.writeBytes(segment);
        if (!last || endsWithNewline) {
          file.write('\n');
        }
      }
    }
    return new FuzzCase(file.toByteArray(), secrets, names, english, draft, threads);
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (bytes[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  /** A citizen ID of 18 characters with a correct check character, or a legacy 15-digit one. */
  static String citizenId(int arg) {
    String region = REGIONS[arg % REGIONS.length];
    int year = 1950 + (arg * 7) % 70;
    String date = String.format("%04d%02d%02d", year, 1 + (arg * 5) % 12, 1 + (arg * 3) % 28);
    String sequence = String.format("%03d", 100 + (arg * 37) % 900);
    if ((arg & 0x80) != 0) {
      return region + date.substring(2) + sequence;
    }
    String body = region + date + sequence;
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  /** A valid-looking mobile number: 11 digits, {@code 1} then 3–9. */
  static String mobile(int arg) {
    long rest = ((arg + 1) * 7919L * 104729L) % 100_000_000L;
    return MOBILE_PREFIXES[arg % MOBILE_PREFIXES.length] + String.format("%08d", rest);
  }

  /** The ways a mobile number is written; the secret is its 11 digits whatever the way. */
  static String mobileWritten(String mobile, int arg) {
    return switch ((arg >> 3) % 5) {
      case 0 -> mobile;
      case 1 -> "+86 " + mobile;
      case 2 -> "86" + mobile;
      case 3 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
      default -> mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
    };
  }

  private static String jsonString(String value) {
    return MAPPER.writeValueAsString(value);
  }

  /**
   * A planted name, or two to four Chinese characters (the seeds' names of people): what a name
   * field holds after a mutation may be a date or a code, which is no secret.
   */
  static boolean looksLikeAName(String value) {
    if (NAMES.contains(value)) {
      return true;
    }
    if (value.length() < 2 || value.length() > 4) {
      return false;
    }
    return value.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
  }

  private static boolean isIdField(String key) {
    return key.equals("id") || key.endsWith("Id") || key.endsWith("Ids");
  }

  private static List<String> loadSeeds() {
    List<String> seeds = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(
            FuzzCase.class.getResourceAsStream("/fuzz/records.ndjson"), "fuzz/records.ndjson")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(seeds::add);
      seeds.addAll(Files.readAllLines(Cli.sampleFile(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a directive mutates a JSON object; lines that are not one (the sample has one) are only
    // literal inputs
    seeds.removeIf(
        line -> {
          try {
            return !MAPPER.readTree(line).isObject();
          } catch (RuntimeException notJson) {
            return true;
          }
        });
    return List.copyOf(seeds);
  }

  /** A place in a JSON tree that holds a value: a field of an object or an element of an array. */
  private record Slot(JsonNode container, String key, int index) {

    JsonNode get() {
      return container instanceof ObjectNode o ? o.get(key) : ((ArrayNode) container).get(index);
    }

    void set(JsonNode value) {
      if (container instanceof ObjectNode o) {
        o.set(key, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }

    void remove() {
      if (container instanceof ObjectNode o) {
        o.remove(key);
      } else {
        ((ArrayNode) container).remove(index);
      }
    }

    /** The name of the field this value belongs to (an array's elements belong to its field). */
    String field() {
      return key;
    }
  }

  /** Expands one directive line into one record line. */
  private static final class Directive {
    private final byte[] bytes;
    private final Set<String> secrets;
    private final Set<String> names;
    private final Map<String, String> raw = new java.util.HashMap<>();
    private final List<byte[]> afterwards = new ArrayList<>();
    private String lineEnd = "\n";
    private ObjectNode record;

    Directive(byte[] bytes, Set<String> secrets, Set<String> names) {
      this.bytes = bytes;
      this.secrets = secrets;
      this.names = names;
      int seed = bytes.length > 1 ? (bytes[1] & 0xff) % SEEDS.size() : 0;
      this.record = (ObjectNode) MAPPER.readTree(SEEDS.get(seed));
    }

    byte[] expand() {
      for (int i = 2; i < bytes.length; i += 2) {
        int op = (bytes[i] & 0xff) % OPS;
        int arg = i + 1 < bytes.length ? bytes[i + 1] & 0xff : 0;
        apply(op, arg);
      }
      collectPersonalNames(record, "");
      String text = MAPPER.writeValueAsString(record);
      for (Map.Entry<String, String> r : raw.entrySet()) {
        text = text.replace(jsonString(r.getKey()), r.getValue());
      }
      byte[] line = text.getBytes(StandardCharsets.UTF_8);
      for (byte[] edit : afterwards) {
        line = edit(line, edit);
      }
      byte[] end = lineEnd.getBytes(StandardCharsets.US_ASCII);
      byte[] out = new byte[line.length + end.length];
      System.arraycopy(line, 0, out, 0, line.length);
      System.arraycopy(end, 0, out, line.length, end.length);
      return out;
    }

    /** Raw edits of the written line: {kind, arg}. */
    private static byte[] edit(byte[] line, byte[] edit) {
      int at = line.length * (edit[1] & 0xff) / 256;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (edit[0]) {
        case 0 -> { // invalid UTF-8
          out.write(line, 0, at);
          out.writeBytes(BAD_UTF8[(edit[1] & 0xff) % BAD_UTF8.length]);
          out.write(line, at, line.length - at);
        }
        case 1 -> out.write(line, 0, at); // truncated
        default -> { // a key written twice: the first key again right after the opening brace
          String text = new String(line, StandardCharsets.UTF_8);
          int colon = text.indexOf("\":");
          if (text.startsWith("{\"") && colon > 0) {
            String key = text.substring(1, colon + 1);
            text = "{" + key + ":\"again\"," + text.substring(1);
          }
          out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    }

    private List<Slot> slots() {
      List<Slot> slots = new ArrayList<>();
      collect(record, "", slots);
      return slots;
    }

    private static void collect(JsonNode node, String field, List<Slot> slots) {
      if (node instanceof ObjectNode o) {
        for (String key : new ArrayList<>(o.propertyNames())) {
          slots.add(new Slot(o, key, -1));
          collect(o.get(key), key, slots);
        }
      } else if (node instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          slots.add(new Slot(a, field, i));
          collect(a.get(i), field, slots);
        }
      }
    }

    private Slot slot(int arg) {
      List<Slot> slots = slots();
      return slots.isEmpty() ? new Slot(record, "id", -1) : slots.get(arg % slots.size());
    }

    /** A slot that is not an id or reference, for a name: ids are shown to find the record. */
    private Slot nameSlot(int arg) {
      List<Slot> slots = slots();
      slots.removeIf(s -> isIdField(s.field()));
      return slots.isEmpty() ? new Slot(record, "note", -1) : slots.get(arg % slots.size());
    }

    private JsonNode placeholder(String rawJson) {
      String key = "@@RAW" + raw.size() + "@@";
      raw.put(key, rawJson);
      return NODES.stringNode(key);
    }

    private void apply(int op, int arg) {
      switch (op) {
        case 0 -> {
          String id = citizenId(arg);
          secrets.add(id);
          slot(arg).set(NODES.stringNode((arg & 0x40) != 0 ? id.toLowerCase() : id));
        }
        case 1 -> {
          String mobile = mobile(arg);
          secrets.add(mobile);
          slot(arg).set(NODES.stringNode(mobileWritten(mobile, arg)));
        }
        case 2 -> {
          String secret = (arg & 1) == 0 ? citizenId(arg) : mobile(arg);
          secrets.add(secret);
          JsonNode target = slot(arg).get();
          ObjectNode container = target instanceof ObjectNode o ? o : record;
          container.put(secret, (arg & 2) == 0 ? "x" : secret);
        }
        case 3 -> {
          String name = NAMES.get(arg % NAMES.size());
          names.add(name);
          nameSlot(arg).set(NODES.stringNode(name));
        }
        case 4 -> slot(arg).set(placeholder(HUGE_NUMBERS[arg % HUGE_NUMBERS.length]));
        case 5 -> {
          int depth = 1 + arg * 8;
          String open = (arg & 1) == 0 ? "[" : "{\"a\":";
          String close = (arg & 1) == 0 ? "]" : "}";
          slot(arg).set(placeholder(open.repeat(depth) + "1" + close.repeat(depth)));
        }
        case 6 -> {
          ObjectNode other = (ObjectNode) MAPPER.readTree(SEEDS.get(arg % SEEDS.size()));
          Slot target = slot(arg);
          JsonNode same = other.get(target.field());
          if (same == null) {
            List<Slot> theirs = new ArrayList<>();
            collect(other, "", theirs);
            same = theirs.isEmpty() ? NODES.nullNode() : theirs.get(arg % theirs.size()).get();
          }
          target.set(same.deepCopy());
        }
        case 7 -> slot(arg).remove();
        case 8 -> afterwards.add(new byte[] {2, (byte) arg});
        case 9 -> slot(arg).set(placeholder(ODD_VALUES[arg % ODD_VALUES.length]));
        case 10 -> afterwards.add(new byte[] {0, (byte) arg});
        case 11 -> lineEnd = LINE_ENDS[arg % LINE_ENDS.length];
        case 12 -> afterwards.add(new byte[] {1, (byte) arg});
        case 13 -> {
          String id = citizenId(arg);
          secrets.add(id);
          StringBuilder escaped = new StringBuilder("\"");
          for (char c : id.toCharArray()) {
            escaped.append(String.format("\\u%04x", (int) c));
          }
          slot(arg).set(placeholder(escaped.append('"').toString()));
        }
        case 14 -> {
          String id = (arg & 1) == 0 ? citizenId(arg) : mobile(arg);
          secrets.add(id);
          StringBuilder wide = new StringBuilder();
          for (char c : id.toCharArray()) {
            wide.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c);
          }
          slot(arg).set(NODES.stringNode(wide.toString()));
        }
        case 15 -> slot(arg).set(NODES.stringNode(ODD_DATES[arg % ODD_DATES.length]));
        case 16 -> slot(arg).set(NODES.stringNode(ODD_AMOUNTS[arg % ODD_AMOUNTS.length]));
        case 17 -> {
          JsonNode other = MAPPER.readTree(SEEDS.get(arg % SEEDS.size())).get("id");
          slot(arg).set(other == null ? NODES.stringNode("") : other.deepCopy());
        }
        case 18 -> record.put("recordType", RECORD_TYPES[arg % RECORD_TYPES.length]);
        default -> {
          Slot target = slot(arg);
          JsonNode value = target.get();
          if (value == null) {
            return;
          }
          if (target.container() instanceof ArrayNode a) {
            for (int i = 0; i < arg % 40; i++) {
              a.add(value.deepCopy());
            }
          } else {
            ArrayNode wrapped = NODES.arrayNode();
            wrapped.add(value.deepCopy());
            target.set((arg & 1) == 0 ? wrapped : NODES.objectNode().set("value", value));
          }
        }
      }
    }

    /** Remembers the names of people in the record (not those of stations or agencies). */
    private void collectPersonalNames(JsonNode node, String field) {
      if (node instanceof ObjectNode o) {
        String type = o.path("recordType").asString("");
        boolean person =
            field.equals("guardian")
                || (field.isEmpty()
                    && (type.equals("child") || type.equals("worker") || type.equals("volunteer")));
        JsonNode name = o.get("name");
        if (person && name != null && name.isString() && looksLikeAName(name.asString())) {
          names.add(name.asString());
        }
        for (String key : o.propertyNames()) {
          collectPersonalNames(o.get(key), key);
        }
      } else if (node instanceof ArrayNode a) {
        for (JsonNode element : a) {
          collectPersonalNames(element, field + "[]");
        }
      }
    }
  }
}
