package org.shegong.serialization.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a binder keeps for the last few parent pointers it met, so that binding does not build the
 * same JSON Pointers for every record: a field's pointer under its parent ({@link TypeModel}), the
 * pointers of a list's first items under the list's pointer ({@link Codecs}). A record's fields
 * have the same parent pointer in every record, and the elements of a list have one each ({@code
 * /parents/0}, {@code /parents/1}), which are the list's kept strings; so a parent is found by
 * identity first, then by equality.
 *
 * <p>A chain, the newest first, of at most a given number of parents: when it is full it starts
 * again with the newest alone, so that memory stays bounded whatever the input. The links are
 * immutable (what one keeps may be filled in later, as a list's item pointers are, one string at a
 * time), so a field holding the newest link may be read and replaced by several threads without
 * locking: a benign race, in which a lost link is built again.
 *
 * @param <V> what is kept for a parent
 * @param parent the parent's pointer
 * @param value what is kept for it
 * @param older the parents seen before, or null
 * @param depth how many links {@code older} holds
 * @since 0.1.0
 */
record KeptPointers<V>(String parent, V value, @Nullable KeptPointers<V> older, int depth) {

  /**
   * Returns what is kept for a parent pointer.
   *
   * @param newest the newest link, or null when nothing is kept
   * @param parent the parent's pointer; not null
   * @return what is kept, or null when the parent is not among those kept
   */
  static <V> @Nullable V find(@Nullable KeptPointers<V> newest, String parent) {
    for (KeptPointers<V> k = newest; k != null; k = k.older()) {
      if (k.parent() == parent) {
        return k.value();
      }
    }
    for (KeptPointers<V> k = newest; k != null; k = k.older()) {
      if (k.parent().equals(parent)) {
        return k.value();
      }
    }
    return null;
  }

  /**
   * Returns a chain that keeps a value for one more parent: the given one in front of the newest,
   * or alone when the chain holds {@code max} links.
   *
   * @param newest the newest link, or null
   * @param parent the parent's pointer; not null
   * @param value what to keep for it; not null
   * @param max the most links a chain holds; at least 1
   * @return the new newest link, never null
   */
  static <V> KeptPointers<V> push(
      @Nullable KeptPointers<V> newest, String parent, V value, int max) {
    return newest == null || newest.depth() + 1 >= max
        ? new KeptPointers<>(parent, value, null, 0)
        : new KeptPointers<>(parent, value, newest, newest.depth() + 1);
  }
}
