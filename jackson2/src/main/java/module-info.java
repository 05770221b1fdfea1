/**
 * Shegong for Jackson 2: a {@code Module} for an application's own {@code ObjectMapper} (Spring
 * Boot 3 and other Jackson 2 users), with the JSON, strictness and masking of {@code
 * shegong-serialization}, whose binders it runs.
 *
 * @since 0.1.0
 */
module org.shegong.jackson2 {
  requires transitive org.shegong.core;
  requires transitive org.shegong.serialization;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.shegong.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      org.shegong.jackson2.ShegongJackson2Module;
}
