package org.shegong.serialization;

import java.util.List;
import org.shegong.core.code.UnknownCodeException;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;

/**
 * The rules of {@code shegong-serialization}: problems in the JSON text (syntax), in the shape of a
 * record (structure) and in the header of an exchange file.
 *
 * <p>They are contributed to {@link org.shegong.core.issue.RuleCatalogue#load()} through a {@link
 * org.shegong.core.issue.RuleProvider}. Required fields ({@code SG-STR-001}) depend on the profile
 * and belong to the validation module, except the presence of a required list that may be empty
 * ({@link #REQUIRED_LIST_MISSING}), which only the reader can see.
 *
 * @since 0.1.0
 */
public final class SerializationRules {

  /** SG-SYN-001: a line is not well-formed JSON. */
  public static final Rule MALFORMED_JSON =
      Rule.builder()
          .code("SG-SYN-001")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("每行必须是合法的JSON")
          .summaryEn("Each line is well-formed JSON")
          .messageZh("第{column}列处不是合法的JSON：{reason}")
          .messageEn("not well-formed JSON at column {column}: {reason}")
          .example("{\"recordType\":\"agency\",\"id\":\"A-1\",")
          .build();

  /** SG-SYN-002: an object has the same key twice. */
  public static final Rule DUPLICATE_KEY =
      Rule.builder()
          .code("SG-SYN-002")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("同一对象中的键不得重复")
          .summaryEn("No key appears twice in an object")
          .messageZh("第{column}列处键“{key}”重复")
          .messageEn("duplicate key '{key}' at column {column}")
          .example("{\"recordType\":\"agency\",\"id\":\"A-1\",\"id\":\"A-2\"}")
          .build();

  /** SG-SYN-003: there is content after the JSON object on a line. */
  public static final Rule TRAILING_CONTENT =
      Rule.builder()
          .code("SG-SYN-003")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("每行只能有一个JSON对象")
          .summaryEn("A line holds one JSON object and nothing after it")
          .messageZh("第{column}列处在JSON对象之后还有内容")
          .messageEn("content after the JSON object at column {column}")
          .example("{\"recordType\":\"agency\",\"id\":\"A-1\"} {\"id\":\"A-2\"}")
          .build();

  /** SG-SYN-004: a reading limit was exceeded (line length, nesting depth, string length, …). */
  public static final Rule LIMIT_EXCEEDED =
      Rule.builder()
          .code("SG-SYN-004")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("数据不得超出读取限制（行长度、嵌套深度、字符串长度、数字长度）")
          .summaryEn("Data stays within the reading limits (line length, nesting, string, number)")
          .messageZh("超出读取限制{limit}（上限{max}）")
          .messageEn("limit {limit} exceeded (maximum {max})")
          .example("a line of more than 1,048,576 characters")
          .build();

  /** SG-SYN-005: a line holds JSON that is not an object. */
  public static final Rule NOT_AN_OBJECT =
      Rule.builder()
          .code("SG-SYN-005")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("每行必须是一个JSON对象")
          .summaryEn("Each line is a JSON object")
          .messageZh("该行是JSON {found}，而不是对象")
          .messageEn("the line holds a JSON {found}, not an object")
          .example("[{\"recordType\":\"agency\"}]")
          .build();

  /**
   * SG-SYN-006: a record has more problems than are listed for one record ({@link
   * Limits#maxIssuesPerRecord()}, default {@value Limits#DEFAULT_MAX_ISSUES_PER_RECORD}); the issue
   * ends the record's list and says how many more were found. It is a warning: the record already
   * has the issues listed, and the report stays small whatever one line holds.
   */
  public static final Rule ISSUES_OMITTED =
      Rule.builder()
          .code("SG-SYN-006")
          .layer(Layer.SYNTAX)
          .severity(Severity.WARNING)
          .summaryZh("一条记录列出的问题不超过上限，其余只计数")
          .summaryEn("A record lists at most a set number of issues; the rest are counted")
          .messageZh("该记录另有{omitted}个问题未列出（每条记录最多列出{max}个）")
          .messageEn("issues of this record not listed: {omitted} more (at most {max} per record)")
          .example("a child whose categories hold 200,000 numbers (a line of 400 KB)")
          .build();

  /**
   * SG-SYN-007: a line's bytes are not well-formed UTF-8 (an invalid or overlong sequence, an
   * encoded surrogate, a code point beyond U+10FFFF). The line is still read, each bad sequence as
   * U+FFFD, so that its other problems are found.
   */
  public static final Rule MALFORMED_UTF8 =
      Rule.builder()
          .code("SG-SYN-007")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("每行必须是合法的UTF-8编码")
          .summaryEn("Each line is well-formed UTF-8")
          .messageZh("该行第{offset}字节处（从0起算）起不是合法的UTF-8，共{count}处，已按U+FFFD读取")
          .messageEn(
              "not well-formed UTF-8 at byte offset {offset} of the line (counted from 0),"
                  + " {count} bad sequence(s) in all, read as U+FFFD")
          .example("a line holding the bytes C0 AF (an overlong '/') or ED A0 80 (a surrogate)")
          .build();

  /** SG-STR-002: a field has the wrong JSON type. */
  public static final Rule WRONG_TYPE =
      Rule.builder()
          .code("SG-STR-002")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("字段的JSON类型必须正确")
          .summaryEn("A field has the JSON type the format gives it")
          .messageZh("JSON类型错误：应为{expected}，实为{found}")
          .messageEn("wrong JSON type: expected {expected}, found {found}")
          .example("{\"recordType\":\"demand\",\"urgency\":\"high\"}")
          .build();

  /** SG-STR-003: a code is not a member of its code set. */
  public static final Rule UNKNOWN_CODE =
      Rule.builder()
          .code(UnknownCodeException.RULE_CODE)
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("代码必须属于其代码集")
          .summaryEn("A code belongs to its code set")
          .messageZh("“{code}”不是{codeSet}的代码；允许的代码：{allowed}")
          .messageEn("unknown code '{code}' for {codeSet}; allowed: {allowed}")
          .example("{\"recordType\":\"child\",\"sex\":\"M\"}")
          .build();

  /** SG-STR-004: a field the format does not know (an error in EXCHANGE, a warning in DRAFT). */
  public static final Rule UNKNOWN_FIELD =
      Rule.builder()
          .code("SG-STR-004")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .draftSeverity(Severity.WARNING)
          .summaryZh("不得有交换格式未定义的字段")
          .summaryEn("Every field is one the exchange format defines")
          .messageZh("未知字段“{field}”")
          .messageEn("unknown field '{field}'")
          .example("{\"recordType\":\"agency\",\"id\":\"A-1\",\"nmae\":\"…\"}")
          .build();

  /** SG-STR-005: {@code recordType} is missing or unknown. */
  public static final Rule UNKNOWN_RECORD_TYPE =
      Rule.builder()
          .code("SG-STR-005")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("每条记录必须有已知的recordType")
          .summaryEn("Every record has a known recordType")
          .messageZh("recordType {found} 缺失或未知；允许：{allowed}")
          .messageEn("recordType {found} is missing or unknown; allowed: {allowed}")
          .example("{\"recordType\":\"kid\",\"id\":\"C-1\"}")
          .build();

  /** SG-STR-006: a value has the right JSON type but the wrong format. */
  public static final Rule WRONG_FORMAT =
      Rule.builder()
          .code("SG-STR-006")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("值的格式必须正确（日期yyyy-MM-dd、金额为最多两位小数的十进制字符串、时间戳带时区偏移）")
          .summaryEn(
              "A value has its format (dates yyyy-MM-dd, money a decimal string with at most two"
                  + " fraction digits, timestamps with an offset)")
          .messageZh("格式错误：应为{expected}，{found}")
          .messageEn("wrong format: expected {expected}, {found}")
          .example("{\"recordType\":\"project\",\"amount\":\"3,000.00\"}")
          .build();

  /**
   * SG-STR-007: a list the format marks required although it may be empty (a child's {@code
   * categories}) is absent from the record's JSON; only in the {@code EXCHANGE} profile.
   *
   * <p>The domain type cannot tell an absent list from an empty one (both read as the empty list),
   * so the exchange reader reports this while it reads, and the writer always writes such a list,
   * as {@code []} when empty. The other required fields (SG-STR-001) are checked by the validation
   * module on the record.
   */
  public static final Rule REQUIRED_LIST_MISSING =
      Rule.builder()
          .code("SG-STR-007")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .appliesToDrafts(false)
          .summaryZh("规范标为必填的列表字段（可为空）必须出现，空列表写作[]")
          .summaryEn("A list the format marks required is present, written [] when empty")
          .messageZh("缺少必填字段 {field}（{recordType} 记录）；没有时写作 []")
          .messageEn(
              "required field {field} of a {recordType} record is missing; write [] for none")
          .example("{\"recordType\":\"child\",\"id\":\"C-1\",\"name\":\"…\"} (no categories)")
          .build();

  /** SG-HDR-001: the header's {@code recordCount} does not match the number of records. */
  public static final Rule RECORD_COUNT_MISMATCH =
      Rule.builder()
          .code("SG-HDR-001")
          .layer(Layer.BATCH)
          .severity(Severity.ERROR)
          .summaryZh("文件头的recordCount必须等于记录数")
          .summaryEn("The header's recordCount equals the number of records")
          .messageZh("文件头声明{declared}条记录，文件实有{actual}条")
          .messageEn("the header declares {declared} records, the file has {actual}")
          .example(
              "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":3} + 2 records")
          .build();

  /** SG-HDR-002: a header line anywhere but the first line. */
  public static final Rule MISPLACED_HEADER =
      Rule.builder()
          .code("SG-HDR-002")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("文件头只能出现在第一行")
          .summaryEn("A header is only allowed on the first line")
          .messageZh("文件头只能出现在第一行，此处为第{line}行")
          .messageEn("a header is only allowed on the first line, found on line {line}")
          .example("line 5: {\"recordType\":\"header\",\"formatVersion\":\"1.0\"}")
          .build();

  /** SG-HDR-003: the header's {@code formatVersion} is missing or not supported. */
  public static final Rule UNSUPPORTED_FORMAT_VERSION =
      Rule.builder()
          .code("SG-HDR-003")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("文件头的formatVersion必须是支持的版本")
          .summaryEn("The header's formatVersion is a supported version")
          .messageZh("不支持的formatVersion {found}；支持的版本：{supported}")
          .messageEn("unsupported formatVersion {found}; supported: {supported}")
          .example("{\"recordType\":\"header\",\"formatVersion\":\"2.0\"}")
          .build();

  private static final List<Rule> ALL =
      List.of(
          MALFORMED_JSON,
          DUPLICATE_KEY,
          TRAILING_CONTENT,
          LIMIT_EXCEEDED,
          NOT_AN_OBJECT,
          ISSUES_OMITTED,
          MALFORMED_UTF8,
          WRONG_TYPE,
          UNKNOWN_CODE,
          UNKNOWN_FIELD,
          UNKNOWN_RECORD_TYPE,
          WRONG_FORMAT,
          REQUIRED_LIST_MISSING,
          RECORD_COUNT_MISMATCH,
          MISPLACED_HEADER,
          UNSUPPORTED_FORMAT_VERSION);

  private SerializationRules() {}

  /**
   * Returns every rule of this module, sorted by code.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return ALL;
  }
}
