package org.shegong.serialization.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.core.ShegongException;
import org.shegong.core.model.RecordType;

/**
 * The JSON Schemas (draft 2020-12) of exchange format v1, read from the jar.
 *
 * <p>There is one schema per {@link RecordType} ({@code child.schema.json}, …), one for the header
 * line ({@value #HEADER_FILE}) and one for the validation report ({@value #REPORT_FILE}). Each
 * schema has an {@code $id} under {@value #ID_BASE}, a Chinese and English {@code title} and {@code
 * description}, forbids unknown properties ({@code additionalProperties: false}, since unknown
 * fields are errors in the {@code EXCHANGE} profile) and requires the fields the exchange format
 * marks <b>R</b>. Sensitive fields carry the annotation keyword {@value #SENSITIVE_KEYWORD} with
 * the kind of personal data (for example {@code "CITIZEN_ID"}).
 *
 * <p>A JSON Schema checks structure only: check characters of identifiers, existence of division
 * codes, cross-field and batch rules are the validator's job.
 *
 * <p>The class is stateless and thread-safe; texts are read once and cached.
 *
 * @since 0.1.0
 */
public final class JsonSchemas {

  /** The base URI of the {@code $id} of every schema; the file name is appended to it. */
  public static final String ID_BASE = "https://shegong.org/schema/exchange/1.0/";

  /** The file name of the schema of the header line of an exchange file. */
  public static final String HEADER_FILE = "header.schema.json";

  /** The file name of the schema of the validation report ({@code --format json}). */
  public static final String REPORT_FILE = "report.schema.json";

  /**
   * The annotation keyword that marks a sensitive field; its value is the name of the field's
   * {@link org.shegong.core.privacy.SensitiveKind}.
   */
  public static final String SENSITIVE_KEYWORD = "x-shegong-sensitive";

  /** The resource folder of the schema files inside the jar. */
  static final String RESOURCE_FOLDER = "/org/shegong/serialization/schema/";

  private JsonSchemas() {}

  /**
   * Returns the file name of the schema of a record type.
   *
   * @param recordType the record type; not null
   * @return the record type's code followed by {@code .schema.json}, for example {@code
   *     serviceRecord.schema.json}; never null
   */
  public static String fileName(RecordType recordType) {
    Objects.requireNonNull(recordType, "recordType");
    return recordType.code() + ".schema.json";
  }

  /**
   * Returns the file names of every schema, in a fixed order: the header, the record types in the
   * order of {@link RecordType}, the report.
   *
   * @return an unmodifiable list of file names, never null
   */
  public static List<String> fileNames() {
    return Holder.FILE_NAMES;
  }

  /**
   * Returns the schema of a record type.
   *
   * @param recordType the record type; not null
   * @return the schema text (UTF-8 JSON), never null
   * @throws ShegongException ({@code SG-SCH-001}) when the schema is missing from the jar
   */
  public static String forRecordType(RecordType recordType) {
    return text(fileName(recordType));
  }

  /**
   * Returns the schema of the header line of an exchange file.
   *
   * @return the schema text, never null
   * @throws ShegongException ({@code SG-SCH-001}) when the schema is missing from the jar
   */
  public static String header() {
    return text(HEADER_FILE);
  }

  /**
   * Returns the schema of the validation report.
   *
   * @return the schema text, never null
   * @throws ShegongException ({@code SG-SCH-001}) when the schema is missing from the jar
   */
  public static String report() {
    return text(REPORT_FILE);
  }

  /**
   * Returns every schema, by file name.
   *
   * @return an unmodifiable map from file name to schema text, iterating in the order of {@link
   *     #fileNames()}; never null
   * @throws ShegongException ({@code SG-SCH-001}) when a schema is missing from the jar
   */
  public static Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String name : fileNames()) {
      all.put(name, text(name));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Writes every schema file into a directory, replacing files of the same name.
   *
   * @param directory the target directory; created with its parents when missing; not null
   * @return the paths written, in the order of {@link #fileNames()}; never null
   * @throws ShegongException ({@code SG-SCH-002}) when a file cannot be written, ({@code
   *     SG-SCH-001}) when a schema is missing from the jar
   */
  public static List<Path> writeTo(Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> schema : all().entrySet()) {
        Path file = directory.resolve(schema.getKey());
        Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new ShegongException(
          "SG-SCH-002",
          "SG-SCH-002 the JSON Schema files cannot be written to "
              + directory
              + ": "
              + e.getMessage(),
          e);
    }
    return Collections.unmodifiableList(written);
  }

  private static String text(String fileName) {
    return Holder.TEXTS.computeIfAbsent(fileName, JsonSchemas::load);
  }

  private static String load(String fileName) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
      if (in == null) {
        throw new ShegongException(
            "SG-SCH-001",
            "SG-SCH-001 the JSON Schema "
                + fileName
                + " is missing from the shegong-serialization jar (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ShegongException(
          "SG-SCH-001", "SG-SCH-001 the JSON Schema " + fileName + " cannot be read", e);
    }
  }

  /**
   * Lazily built constants.
   *
   * @since 0.1.0
   */
  private static final class Holder {
    static final List<String> FILE_NAMES = fileNames();
    static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private static List<String> fileNames() {
      List<String> names = new ArrayList<>();
      names.add(HEADER_FILE);
      for (RecordType type : RecordType.values()) {
        names.add(JsonSchemas.fileName(type));
      }
      names.add(REPORT_FILE);
      return List.copyOf(names);
    }
  }
}
