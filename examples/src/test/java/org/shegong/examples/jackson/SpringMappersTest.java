package org.shegong.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.model.RecordType;
import tools.jackson.databind.json.JsonMapper;

class SpringMappersTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void bothMappersRoundTripEveryRecordTypeWithTheSameJson(long seed) {
    Map<RecordType, String> jackson3 =
        SpringBoot4JsonMapper.roundTrip(SpringBoot4JsonMapper.mapper(), seed);
    Map<RecordType, String> jackson2 =
        SpringBoot3ObjectMapper.roundTrip(SpringBoot3ObjectMapper.mapper(), seed);

    assertThat(jackson3.keySet()).containsExactly(RecordType.values());
    assertThat(jackson2).isEqualTo(jackson3);
    assertThat(jackson3.get(RecordType.CHILD)).startsWith("{\"recordType\":\"child\"");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1})
  void discoveredModulesGiveTheSameJson(long seed) {
    Map<RecordType, String> jackson3 =
        SpringBoot4JsonMapper.roundTrip(JsonMapper.builder().findAndAddModules().build(), seed);
    Map<RecordType, String> jackson2 =
        SpringBoot3ObjectMapper.roundTrip(new ObjectMapper().findAndRegisterModules(), seed);

    assertThat(jackson2).isEqualTo(jackson3);
  }
}
