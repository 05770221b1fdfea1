/**
 * Example: classify a child in difficulty and list overdue follow-up visits with {@code
 * shegong-core}, without printing any name or citizen ID.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.children;

import org.jspecify.annotations.NullMarked;
