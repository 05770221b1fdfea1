package org.shegong.testing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.core.model.FieldNames;

/** Guards the model tests of this package: the generator sets every attribute of every type. */
class ModelSamplesTest {

  @Test
  void theSampleHoldsEveryModelType() {
    assertThat(FieldNames.modelTypes())
        .allSatisfy(
            type -> assertThat(ModelSamples.of(type)).as(type.getSimpleName()).isNotEmpty());
  }

  @Test
  void everyAttributeOfEveryModelTypeIsSetInSomeSample() {
    // a new attribute that the generator does not set fails here, and with it the tests that
    // read the sample: the attribute is added to the generator, nowhere else
    for (Class<?> type : FieldNames.modelTypes()) {
      for (String field : FieldNames.of(type).orElseThrow()) {
        assertThat(ModelSamples.of(type))
            .as(type.getSimpleName() + "." + field + " is set in some sample")
            .anyMatch(instance -> ModelSamples.isSet(ModelSamples.invoke(instance, field)));
      }
    }
  }
}
