package org.shegong.pipeline.internal;

/**
 * A run of whole lines of an NDJSON source, cut by the {@link Chunker} and parsed by a worker.
 *
 * @param bytes the lines' bytes, each line ended by one {@code \n} whatever its line end in the
 *     source, after the stand-in header line in every chunk but the first; an over-long line is cut
 *     short, but stays longer than the line limit
 * @param length the number of bytes used in {@code bytes}
 * @param first whether this is the first chunk of its source: it starts at the beginning of the
 *     source (after a byte order mark, which is dropped) and holds exactly the first line that is
 *     not blank, the only line that may be the header
 * @param firstLine the 1-based line number of the first line in {@code bytes}
 * @param firstIndex the record index of the first record line in {@code bytes}
 * @param recordLines the number of lines that are records (not blank), header included
 * @param sourceBytes the bytes of the source consumed when the chunk was cut (compressed bytes for
 *     a compressed source), for progress
 * @since 0.1.0
 */
record Chunk(
    byte[] bytes,
    int length,
    boolean first,
    long firstLine,
    long firstIndex,
    int recordLines,
    long sourceBytes) {}
