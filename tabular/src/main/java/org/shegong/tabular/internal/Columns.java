package org.shegong.tabular.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.Coded;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.schema.JsonSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The columns of each record type's sheet: label, the field it maps to, how its cells are read and
 * written. Derived from the record type's JSON Schema (fields, types, required fields, code sets)
 * and the tabular format's label table; built once.
 *
 * @since 0.2.0
 */
public final class Columns {

  /** The label of the sheet of visits. */
  public static final String VISITS_SHEET = "走访记录";

  /** Column labels that are never read: row numbers and free remarks. */
  private static final Set<String> IGNORED = Set.of("序号", "备注");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The label tables: record type → field (dotted) → label and aliases. */
  private static final Map<RecordType, Map<String, List<String>>> LABELS = labels();

  private static final Map<RecordType, List<Column>> COLUMNS = new EnumMap<>(RecordType.class);

  private static final List<Column> VISIT_COLUMNS;

  static {
    for (RecordType type : RecordType.values()) {
      COLUMNS.put(type, List.copyOf(build(type)));
    }
    List<Column> visits = new ArrayList<>();
    visits.add(
        new Column(
            "childId", "儿童编号", List.of(), Kind.IDENTIFIER, null, true, null, List.of("childId")));
    JsonNode child = schema(RecordType.CHILD);
    JsonNode item = child.at("/properties/visits/items");
    Set<String> required = required(item);
    Map<String, String> labels = Map.of("on", "走访日期", "workerId", "走访人编号", "kind", "走访方式");
    for (Map.Entry<String, JsonNode> field : item.get("properties").properties()) {
      String name = field.getKey();
      visits.add(
          new Column(
              name,
              labels.getOrDefault(name, name),
              List.of(),
              kind(name, field.getValue()),
              codeSet(field.getValue()),
              required.contains(name),
              null,
              List.of(name)));
    }
    VISIT_COLUMNS = List.copyOf(visits);
  }

  private Columns() {}

  /**
   * How a column's cells are read and written.
   *
   * @since 0.2.0
   */
  public enum Kind {
    /** Free text. */
    TEXT,
    /** An identifier, a code number or a phone number: text, never a number. */
    IDENTIFIER,
    /** A date. */
    DATE,
    /** 是/否. */
    BOOLEAN,
    /** An integer. */
    INTEGER,
    /** An amount in 元, two fraction digits at most. */
    MONEY,
    /** A member of a code set, by code or label. */
    CODE,
    /** Several members of a code set. */
    CODES,
    /** Several identifiers. */
    IDS,
    /** Several free texts, one a line. */
    TEXTS,
    /** The slots of a service plan: slots separated by {@code |}, items as in {@link #CODES}. */
    SLOTS
  }

  /**
   * One column of a record type's sheet.
   *
   * @param field the field, as a dotted path ({@code guardian.name}, {@code
   *     parents[FATHER].situation})
   * @param label the Chinese label (or the field's exchange name when the format gives none)
   * @param aliases other labels accepted when reading
   * @param kind how cells are read and written
   * @param codeSet the code set of {@link Kind#CODE}, {@link Kind#CODES} and service-plan items
   * @param required whether the exchange format requires the field
   * @param parent the parent relation ({@code FATHER}, {@code MOTHER}) of a parent's column
   * @param segments the names from the record down to the field (for a parent: {@code parents} and
   *     the field of the parent)
   * @since 0.2.0
   */
  public record Column(
      String field,
      String label,
      List<String> aliases,
      Kind kind,
      @Nullable Class<? extends Enum<?>> codeSet,
      boolean required,
      @Nullable String parent,
      List<String> segments) {

    /**
     * Copies the lists.
     *
     * @param field the field
     * @param label the label
     * @param aliases other labels
     * @param kind how cells are read
     * @param codeSet the code set, or null
     * @param required whether the field is required
     * @param parent the parent relation, or null
     * @param segments the names down to the field
     * @throws NullPointerException when a list is null
     */
    public Column {
      aliases = List.copyOf(aliases);
      segments = List.copyOf(segments);
    }

    /**
     * Tells whether the column is formatted as text in templates: identifiers and codes.
     *
     * @return {@code true} for identifiers, codes and lists of them
     */
    public boolean text() {
      return kind == Kind.IDENTIFIER || kind == Kind.CODE || kind == Kind.CODES || kind == Kind.IDS;
    }

    /**
     * The JSON Pointer of the field, for a column outside a list.
     *
     * @return for example {@code /guardian/name}
     */
    public String pointer() {
      return "/" + String.join("/", segments);
    }
  }

  /**
   * Returns the columns of a record type, in the order of its fields.
   *
   * @param type the record type
   * @return the columns, never null
   */
  public static List<Column> of(RecordType type) {
    return COLUMNS.getOrDefault(type, List.of());
  }

  /**
   * Returns the columns of the sheet of visits.
   *
   * @return the columns, never null
   */
  public static List<Column> visits() {
    return VISIT_COLUMNS;
  }

  /**
   * Finds the column a header label names: by label, alias, exchange name or dotted path.
   *
   * @param columns the columns of the sheet
   * @param label the header cell's text
   * @return the column, or empty
   */
  public static Optional<Column> find(List<Column> columns, String label) {
    String wanted = normalise(label);
    for (Column column : columns) {
      if (normalise(column.label()).equals(wanted)
          || column.field().equals(wanted)
          || column.pointer().substring(1).replace('/', '.').equals(wanted)) {
        return Optional.of(column);
      }
      for (String alias : column.aliases()) {
        if (normalise(alias).equals(wanted)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a header label is one that is never read ({@code 序号}, {@code 备注}).
   *
   * @param label the header cell's text
   * @return {@code true} for an ignored column
   */
  public static boolean ignored(String label) {
    return IGNORED.contains(normalise(label));
  }

  /**
   * Returns the record type a sheet or file stem names: its Chinese label or its {@code
   * recordType}.
   *
   * @param name the sheet name or file stem
   * @return the record type, or empty
   */
  public static Optional<RecordType> recordType(String name) {
    String wanted = normalise(name);
    for (RecordType type : RecordType.values()) {
      if (type.code().equals(wanted) || normalise(sheetLabel(type)).equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a sheet name or file stem names the sheet of visits.
   *
   * @param name the sheet name
   * @return {@code true} for {@value #VISITS_SHEET}
   */
  public static boolean isVisits(String name) {
    return normalise(name).equals(VISITS_SHEET);
  }

  /**
   * Returns the sheet label of a record type, for example {@code 儿童}.
   *
   * @param type the record type
   * @return the label, never null
   */
  public static String sheetLabel(RecordType type) {
    return switch (type) {
      case AGENCY -> "社工机构";
      case STATION -> "社工站";
      case WORKER -> "社会工作者";
      case CHILD -> "儿童";
      case SERVICE_RECORD -> "服务记录";
      case DEMAND -> "需求清单";
      case PROJECT -> "项目";
      case VOLUNTEER -> "志愿者";
      case VOLUNTEER_TEAM -> "志愿服务队";
    };
  }

  /**
   * Normalises a label for matching: NFKC (full-width brackets, letters, digits and spaces become
   * half-width), whitespace removed, a leading or trailing {@code *} dropped.
   *
   * @param label the text
   * @return the normalised label
   */
  public static String normalise(String label) {
    String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == '*') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == '*') {
      end--;
    }
    return out.substring(start, end);
  }

  private static List<Column> build(RecordType type) {
    JsonNode root = schema(type);
    List<Column> columns = new ArrayList<>();
    Map<String, List<String>> labels = LABELS.getOrDefault(type, Map.of());
    walk(root, List.of(), true, labels, columns);
    return columns;
  }

  private static void walk(
      JsonNode object,
      List<String> prefix,
      boolean requiredPath,
      Map<String, List<String>> labels,
      List<Column> out) {
    Set<String> required = required(object);
    for (Map.Entry<String, JsonNode> field : object.get("properties").properties()) {
      String name = field.getKey();
      JsonNode node = field.getValue();
      if (prefix.isEmpty() && (name.equals("recordType") || name.equals("visits"))) {
        continue;
      }
      List<String> segments = new ArrayList<>(prefix);
      segments.add(name);
      String dotted = String.join(".", segments);
      boolean req = requiredPath && required.contains(name);
      String type = node.path("type").asString("");
      if (type.equals("object") && node.has("properties")) {
        walk(node, segments, req, labels, out);
        continue;
      }
      if (type.equals("array") && node.path("items").path("type").asString("").equals("object")) {
        // parents: one group of columns per relation
        JsonNode item = node.get("items");
        for (String relation : List.of("FATHER", "MOTHER")) {
          for (Map.Entry<String, JsonNode> sub : item.get("properties").properties()) {
            if (sub.getKey().equals("relation")) {
              continue;
            }
            String subDotted = dotted + "[" + relation + "]." + sub.getKey();
            List<String> label = labels.getOrDefault(subDotted, List.of(subDotted));
            out.add(
                new Column(
                    subDotted,
                    label.get(0),
                    label.subList(1, label.size()),
                    kind(sub.getKey(), sub.getValue()),
                    codeSet(sub.getValue()),
                    false,
                    relation,
                    List.of(name, sub.getKey())));
          }
        }
        continue;
      }
      List<String> label = labels.getOrDefault(dotted, List.of(dotted));
      out.add(
          new Column(
              dotted,
              label.get(0),
              label.subList(1, label.size()),
              kind(name, node),
              codeSet(node.has("items") ? itemsLeaf(node) : node),
              req,
              null,
              segments));
    }
  }

  private static JsonNode itemsLeaf(JsonNode node) {
    JsonNode items = node.get("items");
    while (items.has("items")) {
      items = items.get("items");
    }
    return items;
  }

  private static Kind kind(String name, JsonNode node) {
    String type = node.path("type").asString("");
    switch (type) {
      case "boolean":
        return Kind.BOOLEAN;
      case "integer":
        return Kind.INTEGER;
      case "array":
        JsonNode items = node.get("items");
        if (items.path("type").asString("").equals("array")) {
          return Kind.SLOTS;
        }
        if (items.has("enum")) {
          return Kind.CODES;
        }
        return name.endsWith("Ids") ? Kind.IDS : Kind.TEXTS;
      default:
        break;
    }
    if (node.has("enum")) {
      return Kind.CODE;
    }
    if (node.path("format").asString("").equals("date")) {
      return Kind.DATE;
    }
    String pattern = node.path("pattern").asString("");
    if (pattern.contains("\\.[0-9]{1,2}")) {
      return Kind.MONEY;
    }
    if (!pattern.isEmpty()
        || node.has(JsonSchemas.SENSITIVE_KEYWORD) && !name.equals("name")
        || name.equals("id")
        || name.endsWith("Id")
        || name.endsWith("No")
        || name.endsWith("Code")
        || name.equals("phone")) {
      return Kind.IDENTIFIER;
    }
    return Kind.TEXT;
  }

  private static @Nullable Class<? extends Enum<?>> codeSet(JsonNode node) {
    if (!node.has("enum")) {
      return null;
    }
    Set<String> codes = new TreeSet<>();
    node.get("enum").forEach(code -> codes.add(code.asString()));
    for (Class<? extends Enum<?>> set : CodeLabels.CODE_SETS) {
      Set<String> members = new TreeSet<>();
      for (Enum<?> member : set.getEnumConstants()) {
        members.add(((Coded) member).code());
      }
      if (members.equals(codes)) {
        return set;
      }
    }
    throw new IllegalStateException(
        "no code set has the codes " + codes + " of the schema (a code set missing from the list)");
  }

  private static Set<String> required(JsonNode object) {
    Set<String> required = new TreeSet<>();
    object.path("required").forEach(name -> required.add(name.asString()));
    return required;
  }

  private static JsonNode schema(RecordType type) {
    return MAPPER.readTree(JsonSchemas.forRecordType(type));
  }

  private static Map<RecordType, Map<String, List<String>>> labels() {
    Map<RecordType, Map<String, List<String>>> all = new EnumMap<>(RecordType.class);
    all.put(
        RecordType.CHILD,
        table(
            "id=编号",
            "name=姓名",
            "citizenId=公民身份号码|身份证号|身份证号码",
            "birthDate=出生日期",
            "sex=性别",
            "divisionCode=现居住地区划代码|区划代码",
            "ruralHousehold=是否农村户籍",
            "categories=儿童类别",
            "parents[FATHER].situation=父亲情况",
            "parents[FATHER].since=父亲情况起始日期",
            "parents[FATHER].until=父亲情况结束日期",
            "parents[MOTHER].situation=母亲情况",
            "parents[MOTHER].since=母亲情况起始日期",
            "parents[MOTHER].until=母亲情况结束日期",
            "guardian.name=监护人姓名",
            "guardian.relation=监护人关系",
            "guardian.phone=监护人电话",
            "guardianConsent.given=监护人是否同意",
            "guardianConsent.on=同意日期",
            "classification.tier=风险等级",
            "classification.assessedOn=评估日期",
            "classification.assessorId=评估人编号",
            "classification.reasons=风险因素",
            "classification.nextReviewOn=下次复核日期",
            "carePlan.createdOn=帮扶计划制定日期",
            "carePlan.goals=帮扶目标",
            "responsibleIds.childSupervisorId=儿童督导员编号",
            "responsibleIds.childDirectorId=儿童主任编号",
            "responsibleIds.socialWorkerId=责任社工编号"));
    all.put(
        RecordType.WORKER,
        table(
            "id=编号",
            "name=姓名",
            "citizenId=公民身份号码|身份证号|身份证号码",
            "phone=联系电话",
            "qualification.level=职业资格等级",
            "qualification.certificateNo=证书编号",
            "qualification.obtainedOn=取得日期",
            "qualification.registeredUntil=登记有效期至",
            "qualification.continuingEducationHours=继续教育学时",
            "roles=岗位|角色|岗位/角色",
            "agencyId=所属机构编号",
            "stationId=所在社工站编号"));
    all.put(
        RecordType.STATION,
        table(
            "id=编号",
            "name=名称",
            "level=层级",
            "divisionCode=区划代码",
            "operatorAgencyId=运营机构编号",
            "openedOn=启用日期",
            "status=运行状态",
            "servicePlan.framework=服务体系",
            "servicePlan.slots=服务方案",
            "brand=特色品牌"));
    all.put(
        RecordType.AGENCY,
        table(
            "id=编号",
            "name=名称",
            "creditCode=统一社会信用代码",
            "kind=类型",
            "divisionCode=登记机关区划代码",
            "registeredOn=登记日期",
            "phone=联系电话"));
    all.put(
        RecordType.SERVICE_RECORD,
        table(
            "id=编号",
            "stationId=社工站编号",
            "workerIds=社工编号",
            "method=服务方式",
            "domain=服务领域",
            "startedOn=开始日期",
            "endedOn=结束日期",
            "recipientIds=服务对象编号",
            "targetGroups=服务人群",
            "participants=服务人次",
            "volunteerCount=志愿者人数",
            "caseStage=个案阶段",
            "sessions=服务次数"));
    all.put(
        RecordType.DEMAND,
        table(
            "id=编号",
            "divisionCode=区划代码",
            "channel=收集渠道",
            "summary=需求内容",
            "urgency=紧急程度",
            "difficulty=难易程度",
            "status=办理状态",
            "rejectionReason=不予受理原因",
            "serviceRecordIds=关联服务记录编号",
            "satisfaction=满意度"));
    all.put(
        RecordType.PROJECT,
        table(
            "id=编号",
            "name=名称",
            "funding=资金类型",
            "amount=金额（元）|金额",
            "agencyId=承接机构编号",
            "startsOn=开始日期",
            "endsOn=结束日期",
            "linkageParties=联动主体",
            "fiveSocialLinkage=是否五社联动"));
    all.put(RecordType.VOLUNTEER, table("id=编号", "name=姓名"));
    all.put(RecordType.VOLUNTEER_TEAM, table("id=编号", "name=名称"));
    return all;
  }

  private static Map<String, List<String>> table(String... entries) {
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      table.put(entry.substring(0, eq), List.of(entry.substring(eq + 1).split("\\|")));
    }
    return table;
  }

  /**
   * Describes a column for messages: its label.
   *
   * @param column the column
   * @return the label
   */
  static String describe(Column column) {
    return column.label().toLowerCase(Locale.ROOT).isEmpty() ? column.field() : column.label();
  }
}
