package org.shegong.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#check} against the JDK's strict UTF-8 decoder, and {@link Utf8#lineEnd} against a
 * byte-by-byte search: random lines of ASCII, Chinese text, line ends and every kind of malformed
 * sequence, at every alignment.
 */
class Utf8Test {

  private static final byte[][] PIECES = {
    bytes("a"),
    bytes("\"id\":\"C-000001\","),
    bytes(" "),
    bytes("\n"),
    bytes("\r"),
    bytes("社"),
    bytes("儿童之家"),
    bytes("é"),
    bytes("😀"), // four bytes
    {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
    {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
    {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, // overlong
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
    {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0x80}, // a continuation byte alone
    {(byte) 0xF8},
    {(byte) 0xFF},
    {(byte) 0xE4, (byte) 0xB8}, // cut short
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xC3},
  };

  @Test
  void checkAndLineEndAgreeWithTheJdkOnRandomLines() {
    Random random = new Random(11);
    int malformed = 0;
    int valid = 0;
    int ascii = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] b = randomBytes(random);
      int from = random.nextInt(Math.min(b.length, 9) + 1);
      int to = from + random.nextInt(b.length - from + 1);
      int end = lineEndByBytes(b, from, to);
      int expected = checkByJdk(b, from, end);
      String what = Arrays.toString(Arrays.copyOfRange(b, from, to));

      assertThat(Utf8.lineEnd(b, from, to)).as("line end of %s", what).isEqualTo(end);
      assertThat(Utf8.check(b, from, end)).as("check of %s", what).isEqualTo(expected);

      if (expected >= 0) {
        malformed++;
      } else if (expected == Utf8.VALID) {
        valid++;
      } else {
        ascii++;
      }
    }
    assertThat(malformed).as("malformed lines").isGreaterThan(10_000);
    assertThat(valid).as("well-formed lines beyond ASCII").isGreaterThan(10_000);
    assertThat(ascii).as("ASCII lines").isGreaterThan(10_000);
  }

  @Test
  void aSequenceCutByTheEndIsMalformedAtItsLeadByte() {
    byte[] b = {'a', (byte) 0xE4, (byte) 0xB8, '\n', (byte) 0xAD, 'b'};
    assertThat(Utf8.lineEnd(b, 0, b.length)).isEqualTo(3);
    assertThat(Utf8.check(b, 0, 3)).isEqualTo(1);
    assertThat(Utf8.check(b, 0, 2)).isEqualTo(1);
    assertThat(Utf8.check(b, 1, 3)).isZero();
  }

  private static byte[] randomBytes(Random random) {
    ByteBuffer out = ByteBuffer.allocate(256);
    // mostly long well-formed runs, so that the eight-byte steps are taken, then a few odd pieces
    for (int pieces = random.nextInt(12); pieces > 0; pieces--) {
      byte[] piece =
          random.nextInt(3) == 0
              ? PIECES[random.nextInt(PIECES.length)]
              : PIECES[random.nextInt(9) == 0 ? 3 : random.nextInt(3) == 0 ? 6 : 1];
      if (out.remaining() < piece.length) {
        break;
      }
      out.put(piece);
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  private static int lineEndByBytes(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  /** The offset of the first malformed sequence as the JDK's strict decoder finds it. */
  private static int checkByJdk(byte[] b, int from, int to) {
    boolean allAscii = true;
    for (int i = from; i < to; i++) {
      allAscii &= b[i] >= 0;
    }
    if (allAscii) {
      return Utf8.ASCII;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer chars = CharBuffer.allocate(to - from + 1);
    CoderResult result = decoder.decode(in, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    return result.isError() ? in.position() - from : Utf8.VALID;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
