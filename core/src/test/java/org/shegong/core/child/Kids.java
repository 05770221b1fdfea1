package org.shegong.core.child;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.Child;
import org.shegong.core.model.Parent;

// Test fixtures: children and parents built through the public model builders.
final class Kids {

  static final String NAME = "王小明";

  private Kids() {}

  /** A valid citizen ID with the given birth date (Beijing Dongcheng, sequence 001). */
  static CitizenId idBornOn(LocalDate birth) {
    String first17 = "110101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "001";
    return CitizenId.lenient(first17 + CitizenId.checkCharacter(first17), birth);
  }

  static Child.Builder child(LocalDate birth) {
    Child.Builder builder = Child.builder();
    builder.id("C-0001").name(NAME).birthDate(birth).citizenId(idBornOn(birth));
    return builder;
  }

  static Parent father(ParentSituation situation) {
    return Parent.builder().relation(ParentRelation.FATHER).situation(situation).build();
  }

  static Parent mother(ParentSituation situation) {
    return Parent.builder().relation(ParentRelation.MOTHER).situation(situation).build();
  }

  static Parent father(ParentSituation situation, LocalDate since) {
    return Parent.builder()
        .relation(ParentRelation.FATHER)
        .situation(situation)
        .since(since)
        .build();
  }

  static Parent mother(ParentSituation situation, LocalDate since) {
    return Parent.builder()
        .relation(ParentRelation.MOTHER)
        .situation(situation)
        .since(since)
        .build();
  }
}
