/**
 * The main job of Shegong as a library: the {@code shegong-pipeline} module.
 *
 * <p>{@link org.shegong.pipeline.Pipeline} reads {@linkplain org.shegong.pipeline.Source sources}
 * (exchange files, compressed or not, standard input, lines or records in memory), validates every
 * record on every core, applies the cross-record rules and hands every issue over in file order:
 * collected in a {@link org.shegong.pipeline.PipelineResult}, or streamed to an {@link
 * org.shegong.pipeline.IssueSink} with bounded memory. {@link
 * org.shegong.pipeline.ProgressListener} observes a run.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.pipeline;

import org.jspecify.annotations.NullMarked;
