package org.shegong.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON output of the commands, pretty-printed like the report renderer of {@code
 * shegong-serialization} ({@code "key": value}, two-space indent, {@code \n} line ends).
 *
 * @since 0.1.0
 */
final class Json {

  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** A pretty-printing generator that does not close the writer. */
  static JsonGenerator prettyGenerator(Writer out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(PRETTY.createInstance());
    return generator;
  }
}
