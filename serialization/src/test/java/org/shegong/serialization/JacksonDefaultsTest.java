package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.Sex;
import org.shegong.core.model.Agency;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.Station;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The defaults Jackson 3 changed from Jackson 2, each set explicitly by {@link
 * ShegongModule#newMapper()} and shown here on data where the Jackson 3 default would differ.
 */
class JacksonDefaultsTest {

  private final JsonMapper strict = ShegongModule.newMapper();

  /** A type outside the model, so that Jackson's own binding applies. */
  record Pair(String zeta, String alpha) {}

  /** A bean (not a record, whose creator order Jackson keeps anyway) outside the model. */
  public static final class Bean {
    /** The first property. */
    public String zeta = "z";

    /** The second property. */
    public String alpha = "a";
  }

  @Test
  void unknownPropertiesOfOtherTypesAreErrors() {
    // Jackson 3 ignores them by default
    assertThat(JsonMapper.builder().build().readValue("{\"zeta\":\"z\",\"beta\":1}", Pair.class))
        .isEqualTo(new Pair("z", null));

    assertThatThrownBy(() -> strict.readValue("{\"zeta\":\"z\",\"beta\":1}", Pair.class))
        .hasMessageContaining("Unrecognized property \"beta\"");
  }

  @Test
  void trailingTokensAreErrors() {
    assertThatThrownBy(() -> strict.readValue("{\"zeta\":\"z\"} x", Pair.class))
        .hasMessageContaining("Unrecognized token");
    assertThatThrownBy(() -> strict.readValue("{\"id\":\"A\"} {}", Agency.class))
        .hasMessageContaining("Trailing token");
  }

  @Test
  void propertiesKeepTheirOrderInsteadOfTheAlphabet() {
    // Jackson 3 sorts properties alphabetically by default
    assertThat(JsonMapper.builder().build().writeValueAsString(new Bean()))
        .isEqualTo("{\"alpha\":\"a\",\"zeta\":\"z\"}");

    assertThat(strict.writeValueAsString(new Bean())).isEqualTo("{\"zeta\":\"z\",\"alpha\":\"a\"}");
    assertThat(strict.readTree(strict.writeValueAsString(Fixtures.AGENCY)).propertyNames())
        .startsWith("recordType", "id", "name", "creditCode", "kind");
  }

  @Test
  void datesAreIsoTextNotTimestamps() {
    assertThat(strict.writeValueAsString(LocalDate.of(2024, 6, 24))).isEqualTo("\"2024-06-24\"");
    assertThat(strict.writeValueAsString(Map.of("on", LocalDate.of(2024, 6, 24))))
        .isEqualTo("{\"on\":\"2024-06-24\"}");
  }

  @Test
  void slashesAreNotEscaped() {
    // set explicitly (Jackson 3.0 release candidates escaped "/"): the text is Jackson 2's
    Station station =
        Station.builder()
            .id("S/1")
            .servicePlan(ServicePlan.builder().framework("1+1+5+X").build())
            .build();

    JsonMapper escaping =
        JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .addModule(new ShegongModule())
            .build();
    assertThat(escaping.writeValueAsString(station)).contains("\"id\":\"S\\/1\"");
    assertThat(strict.writeValueAsString("a/b")).isEqualTo("\"a/b\"");
    assertThat(strict.writeValueAsString(station)).contains("\"id\":\"S/1\"");
  }

  @Test
  void nestingDepthStringAndNumberLengthsAreLimited() {
    JsonMapper small =
        ShegongModule.newMapper(
            Limits.defaults().withMaxNestingDepth(3).withMaxStringLength(8).withMaxNumberLength(3));

    assertThatThrownBy(() -> small.readValue("[[[[1]]]]", Object.class))
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> small.readValue("\"123456789\"", String.class))
        .hasMessageContaining("String value length");
    assertThatThrownBy(() -> small.readValue("12345", Integer.class))
        .hasMessageContaining("Number value length");
    assertThat(small.readValue("\"1234\"", String.class)).isEqualTo("1234");
  }

  @Test
  void duplicateKeysAreErrorsForEveryType() {
    assertThatThrownBy(() -> strict.readValue("{\"zeta\":\"a\",\"zeta\":\"b\"}", Pair.class))
        .hasMessageContaining("Duplicate Object property");
  }

  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();

    assertThat(discovered.registeredModules())
        .extracting(JacksonModule::getModuleName)
        .contains("ShegongModule");
    assertThat(discovered.writeValueAsString(Sex.FEMALE)).isEqualTo("\"2\"");
    assertThat(discovered.readValue(discovered.writeValueAsString(Fixtures.CHILD), Object.class))
        .isInstanceOf(Map.class);
  }

  @Test
  void reportsTheVersionOfTheBuild() {
    ShegongModule module = new ShegongModule();

    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(module.version().getArtifactId()).isEqualTo("shegong-serialization");
    assertThat(module.version().getGroupId()).isEqualTo("org.shegong");
  }
}
