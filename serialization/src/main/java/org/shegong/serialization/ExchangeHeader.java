package org.shegong.serialization;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional first line of an exchange file: {@code {"recordType":"header","formatVersion":"1.0",
 * "sender":…,"generatedAt":"2024-06-24T10:00:00+08:00","recordCount":1234}}.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class ExchangeHeader {

  /** The {@code recordType} of a header line. */
  public static final String RECORD_TYPE = "header";

  /** The format version this library writes and reads. */
  public static final String FORMAT_VERSION = "1.0";

  private final String formatVersion;
  private final String sender;
  private final OffsetDateTime generatedAt;
  private final Long recordCount;

  private ExchangeHeader(Builder b) {
    this.formatVersion = b.formatVersion;
    this.sender = b.sender;
    this.generatedAt = b.generatedAt;
    this.recordCount = b.recordCount;
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
   * Returns the format version.
   *
   * @return for example {@code "1.0"}; as read, so possibly an unsupported one (reported)
   */
  public String formatVersion() {
    return formatVersion;
  }

  /**
   * Returns who sent the file.
   *
   * @return the sender, or empty when absent
   */
  public Optional<String> sender() {
    return Optional.ofNullable(sender);
  }

  /**
   * Returns when the file was generated.
   *
   * @return the timestamp with its offset, or empty when absent
   */
  public Optional<OffsetDateTime> generatedAt() {
    return Optional.ofNullable(generatedAt);
  }

  /**
   * Returns the number of records the file declares.
   *
   * @return the count, or empty when absent
   */
  public Optional<Long> recordCount() {
    return Optional.ofNullable(recordCount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExchangeHeader h
        && h.formatVersion.equals(formatVersion)
        && Objects.equals(h.sender, sender)
        && Objects.equals(h.generatedAt, generatedAt)
        && Objects.equals(h.recordCount, recordCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(formatVersion, sender, generatedAt, recordCount);
  }

  @Override
  public String toString() {
    return "ExchangeHeader[formatVersion="
        + formatVersion
        + ", sender="
        + sender
        + ", generatedAt="
        + generatedAt
        + ", recordCount="
        + recordCount
        + "]";
  }

  /**
   * Builds an {@link ExchangeHeader}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String formatVersion = FORMAT_VERSION;
    private String sender;
    private OffsetDateTime generatedAt;
    private Long recordCount;

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
        throw new IllegalArgumentException("recordCount is never negative: " + recordCount);
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
      return new ExchangeHeader(this);
    }
  }
}
