package org.shegong.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.ShegongModule;
import org.shegong.serialization.schema.JsonSchemas;
import org.shegong.validation.ShegongValidator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost of one exchange-file record, in one JMH run so that the ratios of the performance targets
 * (docs/architecture.md) are comparable: (a) {@link #jacksonRead plain Jackson reading}, (b) {@link
 * #shegongReadValidate Shegong reading and validation}, (c) {@link #schemaValidate JSON Schema
 * validation} of the same line, plus two breakdowns ({@link #strictRead}, {@link #validateOnly})
 * and the exchange reader's path ({@link #readerReadValidate}, {@link #readerRead}, and Jackson's
 * tokenizer alone under it, {@link #jacksonTokens}).
 *
 * <p>Targets: (b)/(a) ≤ 3 and (c)/(b) ≥ 10, i.e. Shegong at most three times the cost of plain
 * reading and at least ten times faster than a JSON Schema validator with our own schema.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RecordBenchmark {

  /** Lines in the in-memory file of {@link #readerReadValidate}. */
  public static final int LINES_PER_FILE = 1000;

  /** The record type of the line: {@code child} or {@code station}. */
  @Param({"child", "station"})
  public String recordType;

  private String line;
  private Class<? extends ExchangeRecord> type;
  private ObjectMapper plainMapper;
  private ObjectMapper strictMapper;
  private ObjectMapper treeMapper;
  private ShegongValidator validator;
  private ExchangeRecord record;
  private Schema schema;
  private String file;
  private byte[] fileBytes = new byte[0];
  private ReadOptions readOptions;
  private final JsonFactory tokenFactory = new JsonFactory();

  /** The line parsed once, for {@link #schemaValidateOnly}. */
  private JsonNode tree;

  /** Creates the benchmark state; JMH calls it. */
  public RecordBenchmark() {}

  /**
   * Builds the mappers, the validator and the compiled schema once, and checks that every path
   * reads the line to the same record and finds it valid, so that the benchmarks compare equal work
   * on valid data.
   *
   * @throws IOException never for the built-in lines
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    line = SampleLines.line(recordType);
    type = SampleLines.type(recordType);
    plainMapper = JsonMapper.builder().addModule(new ShegongModule()).build();
    strictMapper = ShegongModule.newMapper();
    treeMapper = JsonMapper.builder().build();
    validator = ShegongValidator.create(SampleLines.config());
    record = strictMapper.readValue(line, type);
    schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder ->
                    builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build()))
            .getSchema(JsonSchemas.forRecordType(SampleLines.recordType(recordType)));
    file = (line + "\n").repeat(LINES_PER_FILE);
    fileBytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    tree = treeMapper.readTree(line);
    readOptions = ReadOptions.defaults();

    require(plainMapper.readValue(line, type).equals(record), "plain and strict reading differ");
    List<Issue> issues = validator.validate(record);
    require(issues.isEmpty(), "the sample line has issues: " + codes(issues));
    List<Error> schemaMessages = schema.validate(treeMapper.readTree(line));
    require(schemaMessages.isEmpty(), "the schema rejects the sample line: " + schemaMessages);
    try (ExchangeReader reader = ExchangeReader.open(new StringReader(line), readOptions)) {
      ReadRecord read = reader.iterator().next();
      require(read.issues().isEmpty(), "the exchange reader reports " + codes(read.issues()));
      require(read.record().orElseThrow().equals(record), "the exchange reader reads otherwise");
    }
  }

  /**
   * (a) Plain Jackson: {@code mapper.readValue(line, Child.class)} with {@link ShegongModule}
   * registered on a default {@code ObjectMapper}; the baseline of the first target.
   *
   * @return the record
   * @throws IOException never for the built-in lines
   */
  @Benchmark
  public ExchangeRecord jacksonRead() throws IOException {
    return plainMapper.readValue(line, type);
  }

  /**
   * (b) Shegong: the strict mapper ({@link ShegongModule#newMapper()}: duplicate keys, trailing
   * tokens, limits) reads the line and {@link ShegongValidator#validate} checks structure, field
   * and domain rules.
   *
   * @return the issues (none for the built-in lines)
   * @throws IOException never for the built-in lines
   */
  @Benchmark
  public List<Issue> shegongReadValidate() throws IOException {
    return validator.validate(strictMapper.readValue(line, type));
  }

  /**
   * (b') Shegong as the CLI reads a file: the {@link ExchangeReader} (line splitting, collecting
   * binder, issues instead of exceptions) over the UTF-8 bytes of an in-memory file of {@value
   * #LINES_PER_FILE} copies of the line, as the pipeline's workers read a chunk, each record
   * validated; reported per record.
   *
   * @param blackhole consumes the issues
   */
  @Benchmark
  @OperationsPerInvocation(LINES_PER_FILE)
  public void readerReadValidate(Blackhole blackhole) {
    try (ExchangeReader reader = ExchangeReader.open(fileBytes, 0, fileBytes.length, readOptions)) {
      for (ReadRecord read : reader) {
        blackhole.consume(read.issues());
        blackhole.consume(validator.validate(read.record().orElseThrow()));
      }
    }
  }

  /**
   * Breakdown of (b): reading alone with the strict mapper of {@link #shegongReadValidate}.
   *
   * @return the record
   * @throws IOException never for the built-in lines
   */
  @Benchmark
  public ExchangeRecord strictRead() throws IOException {
    return strictMapper.readValue(line, type);
  }

  /**
   * Breakdown of (b): validation alone of the already read record.
   *
   * @return the issues (none for the built-in lines)
   */
  @Benchmark
  public List<Issue> validateOnly() {
    return validator.validate(record);
  }

  /**
   * (c) The peer: networknt json-schema-validator (draft 2020-12, formats asserted) with our
   * exported schema, compiled once; parses the line into a tree and validates it.
   *
   * @return the schema validator's messages (none for the built-in lines)
   * @throws IOException never for the built-in lines
   */
  @Benchmark
  public List<Error> schemaValidate() throws IOException {
    JsonNode node = treeMapper.readTree(line);
    return schema.validate(node);
  }

  /**
   * The peer's validation alone: the schema checks a tree parsed once in setup. Compare with {@link
   * #validateOnly}, Shegong's validation of a record read once: both leave out parsing.
   *
   * @return the schema validator's messages (none for the built-in lines)
   */
  @Benchmark
  public List<Error> schemaValidateOnly() {
    return schema.validate(tree);
  }

  /**
   * Breakdown of (b'): the {@link ExchangeReader} alone over the in-memory file, no validation;
   * reported per record. Compare with {@link #treeRead}: the strict read against plain Jackson
   * parsing of the same line.
   *
   * @param blackhole consumes the records
   */
  @Benchmark
  @OperationsPerInvocation(LINES_PER_FILE)
  public void readerRead(Blackhole blackhole) {
    try (ExchangeReader reader = ExchangeReader.open(fileBytes, 0, fileBytes.length, readOptions)) {
      for (ReadRecord read : reader) {
        blackhole.consume(read.record().orElseThrow());
      }
    }
  }

  /**
   * Jackson 3's tokenizer alone over the in-memory file of {@link #readerRead}: every token of
   * every line, each string value and property name made a {@code String}, nothing bound or
   * checked. The floor of any reading built on Jackson's parser; {@link #readerRead} minus this is
   * the cost of binding, strictness and the reader's line handling. The score is per record.
   *
   * @return the characters of the strings read, so that nothing is left out as unused
   */
  @Benchmark
  @OperationsPerInvocation(LINES_PER_FILE)
  public long jacksonTokens() {
    long characters = 0;
    try (JsonParser parser = tokenFactory.createParser(fileBytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          characters += parser.getString().length();
        } else if (token == JsonToken.PROPERTY_NAME) {
          characters += parser.currentName().length();
        }
      }
    }
    return characters;
  }

  /**
   * Plain Jackson 3 parsing of the line into a tree ({@code readTree}), with no binding and no
   * strictness: the baseline of {@link #strictRead} and {@link #readerRead}.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode treeRead() {
    return treeMapper.readTree(line);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  private static String codes(List<Issue> issues) {
    return issues.stream()
        .map(
            issue ->
                issue.code() + (issue.severity() == Severity.ERROR ? "" : "/" + issue.severity()))
        .collect(Collectors.joining(", "));
  }
}
