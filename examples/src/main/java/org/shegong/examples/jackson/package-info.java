/**
 * Example: Shegong on an application's own JSON mapper, the way Spring Boot applications configure
 * Jackson. {@link org.shegong.examples.jackson.SpringBoot4JsonMapper} registers {@code
 * ShegongModule} on a Jackson 3 {@code JsonMapper} (Spring Boot 4's default), and {@link
 * org.shegong.examples.jackson.SpringBoot3ObjectMapper} registers {@code ShegongJackson2Module} on
 * a Jackson 2 {@code ObjectMapper} (Spring Boot 3). Both write the same JSON. Plain code: no Spring
 * dependency is needed to run them.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.jackson;

import org.jspecify.annotations.NullMarked;
