/**
 * JUnit support for test suites that check Shegong's output: {@link
 * org.shegong.testing.junit.LetterTempDirFactory}, temporary directories whose paths are never
 * masked. Needs JUnit Jupiter on the class path.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing.junit;

import org.jspecify.annotations.NullMarked;
