/**
 * JMH benchmarks of Shegong against its peers. Not published; never run as tests.
 *
 * @since 0.1.0
 */
package org.shegong.benchmarks;
