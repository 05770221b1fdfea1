package org.shegong.serialization;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The optional first line of an exchange file: {@code {"recordType":"header","formatVersion":"1.0",
 * "sender":…,"generatedAt":"2024-06-24T10:00:00+08:00","recordCount":1234}}.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 *
 * @param formatVersion the format version, for example {@code "1.0"}; as read, so possibly an
 *     unsupported one (reported); not null
 * @param sender who sent the file, or empty; not null
 * @param generatedAt when the file was generated, with its offset, or empty; not null
 * @param recordCount the number of records the file declares, never negative, or empty; not null
 * @since 0.1.0
 */
public record ExchangeHeader(
    String formatVersion,
    Optional<String> sender,
    Optional<OffsetDateTime> generatedAt,
    Optional<Long> recordCount) {

  /** The {@code recordType} of a header line. */
  public static final String RECORD_TYPE = "header";

  /** The format version this library writes and reads. */
  public static final String FORMAT_VERSION = "1.0";

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the record count is negative
   */
  public ExchangeHeader {
    Objects.requireNonNull(formatVersion, "formatVersion");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(recordCount, "recordCount");
    if (recordCount.isPresent() && recordCount.get() < 0) {
      throw new IllegalArgumentException(
          "recordCount of an exchange header is never negative: " + recordCount.get());
    }
  }

  /**
   * Starts a header with format version {@value #FORMAT_VERSION} and nothing else.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExchangeHeader}; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String formatVersion = FORMAT_VERSION;
    private @Nullable String sender;
    private @Nullable OffsetDateTime generatedAt;
    private @Nullable Long recordCount;

    private Builder() {}

    /**
     * Sets the format version.
     *
     * @param formatVersion the version; not null
     * @return this builder
     */
    public Builder formatVersion(String formatVersion) {
      this.formatVersion = Objects.requireNonNull(formatVersion, "formatVersion");
      return this;
    }

    /**
     * Sets the sender.
     *
     * @param sender who sends the file; not null
     * @return this builder
     */
    public Builder sender(String sender) {
      this.sender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /**
     * Sets the generation timestamp.
     *
     * @param generatedAt the timestamp with offset; not null
     * @return this builder
     */
    public Builder generatedAt(OffsetDateTime generatedAt) {
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      return this;
    }

    /**
     * Sets the number of records the file holds.
     *
     * @param recordCount the count, not negative
     * @return this builder
     * @throws IllegalArgumentException when the count is negative
     */
    public Builder recordCount(long recordCount) {
      if (recordCount < 0) {
        throw new IllegalArgumentException(
            "recordCount of an exchange header is never negative: " + recordCount);
      }
      this.recordCount = recordCount;
      return this;
    }

    /**
     * Builds the header.
     *
     * @return the header, never null
     */
    public ExchangeHeader build() {
      return new ExchangeHeader(
          formatVersion,
          Optional.ofNullable(sender),
          Optional.ofNullable(generatedAt),
          Optional.ofNullable(recordCount));
    }
  }
}
