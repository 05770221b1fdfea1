package org.shegong.pipeline.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.serialization.ExchangeHeader;

/**
 * What a worker made of a chunk (or of a batch of in-memory records): its records, validated, in
 * order; for the first chunk of a file also the header.
 *
 * @param items the records in order
 * @param records the number of records (the header does not count)
 * @param header the header, when the chunk is the first one of its file and starts with one
 * @param headerLine the header's line, 0 without one
 * @param headerIssues the issues of the header line
 * @param sourceBytes the source bytes consumed when the chunk was cut, for progress
 * @since 0.1.0
 */
record Parsed(
    List<Item> items,
    long records,
    @Nullable ExchangeHeader header,
    long headerLine,
    List<Issue> headerIssues,
    long sourceBytes) {}
