package org.shegong.pipeline;

import java.util.Optional;

/**
 * The progress of a run so far, counted over all its sources.
 *
 * @param sourceIndex the 0-based position of the source being read among the run's sources
 * @param source the name of that source, or empty for records in memory
 * @param records the records read so far (headers do not count)
 * @param bytes the source bytes read so far (compressed bytes for a compressed file)
 * @param totalBytes the sizes of all sources together, or -1 when one of them is not known
 * @param issues the issues found so far
 * @param sourceDone whether the source at {@code sourceIndex} has been read to its end
 * @since 0.1.0
 */
public record ProgressEvent(
    int sourceIndex,
    Optional<String> source,
    long records,
    long bytes,
    long totalBytes,
    long issues,
    boolean sourceDone) {}
