package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentType;
import vn.danso.document.DocumentValidator;
import vn.danso.document.PlaceLine;

class PlaceLookupsTest {
  private static final UnitCode THUA_THIEN_HUE = UnitCode.of("46");
  private static final LocalDate JUNE_2018 = LocalDate.of(2018, 6, 4);
  /** The district-level city of Huế, code 474 in the statistics office's list until 2024. */
  private static final Hierarchy WITH_HUE_CITY = VietnamCatalogue.builder()
      .addRows(List.of(UnitRow.of("474", "Thành phố Huế", UnitType.THANH_PHO_THUOC_TINH, "46"),
          UnitRow.of("482", "Huyện Phú Lộc", "46")))
      .build().hierarchy();
  private static final PlaceLookup LOOKUP = PlaceLookups.fromHierarchy(WITH_HUE_CITY);

  @Test
  void aCityWithinTheProvinceNamesAPlaceWithinIt() {
    assertThat(LOOKUP.names("Thành phố Huế", THUA_THIEN_HUE, JUNE_2018)).isTrue();
    assertThat(LOOKUP.names("Huế", THUA_THIEN_HUE, JUNE_2018)).isTrue();
    assertThat(LOOKUP.names("TP Huế", THUA_THIEN_HUE, JUNE_2018)).isFalse();
    assertThat(LOOKUP.names("Phú Lộc", THUA_THIEN_HUE, JUNE_2018)).isTrue();
  }

  @Test
  void theProvinceItselfIsNamedWithOrWithoutItsPrefixAndInEitherToneMarkStyle() {
    assertThat(LOOKUP.names("Thừa Thiên Huế", THUA_THIEN_HUE, JUNE_2018)).isTrue();
    assertThat(LOOKUP.names("tỉnh  Thừa Thiên Huế", THUA_THIEN_HUE, JUNE_2018)).isTrue();
    assertThat(PlaceLookups.fromHierarchy(VietnamCatalogue.hierarchy())
        .names("Hoà Bình", UnitCode.of("17"), JUNE_2018)).isTrue();
  }

  @Test
  void aPrefixMustFitTheUnitsType() {
    assertThat(LOOKUP.names("Huyện Huế", THUA_THIEN_HUE, JUNE_2018)).isFalse();
    assertThat(LOOKUP.names("Thị xã Phú Lộc", THUA_THIEN_HUE, JUNE_2018)).isFalse();
  }

  @Test
  void withoutTheCityOnlyTheProvincesOwnNameFits() {
    PlaceLookup provincesOnly = PlaceLookups.fromHierarchy(VietnamCatalogue.hierarchy());
    assertThat(provincesOnly.names("Thành phố Huế", THUA_THIEN_HUE, JUNE_2018)).isFalse();
    assertThat(provincesOnly.names("Thừa Thiên Huế", THUA_THIEN_HUE, JUNE_2018)).isTrue();
  }

  @Test
  void fromTheUpgradeTheProvinceItselfIsThanhPhoHue() {
    PlaceLookup provincesOnly = PlaceLookups.fromHierarchy(VietnamCatalogue.hierarchy());
    assertThat(provincesOnly.names("Thành phố Huế", THUA_THIEN_HUE, LocalDate.of(2025, 2, 1))).isTrue();
  }

  @Test
  void aPlaceElsewhereOrUnknownDoesNotFit() {
    assertThat(LOOKUP.names("Đà Nẵng", THUA_THIEN_HUE, JUNE_2018)).isFalse();
    assertThat(LOOKUP.names("Thành phố Huế", UnitCode.of("48"), JUNE_2018)).isFalse();
    assertThat(LOOKUP.names("Nowhere", THUA_THIEN_HUE, JUNE_2018)).isFalse();
    assertThat(LOOKUP.names("Huế", UnitCode.of("99"), JUNE_2018)).isFalse();
    assertThat(LOOKUP.names(null, THUA_THIEN_HUE, JUNE_2018)).isFalse();
  }

  @Test
  void theDocumentValidatorAcceptsSuchAPlaceThroughTheLookup() {
    Body noSeat = Body.builder().id("party.duk.46").name("Đảng ủy Khối các cơ quan tỉnh")
        .kind(BodyKinds.BLOC_PARTY_COMMITTEE).jurisdiction(Jurisdiction.of(THUA_THIEN_HUE,
            "Thừa Thiên Huế")).build();
    Document plan = Document.builder()
        .number(DocumentNumber.parse("49-KH/ĐUK")).type(DocumentType.PLAN)
        .issuer(noSeat).placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
        .build();
    assertThat(DocumentValidator.standard().validate(plan).findings())
        .extracting(f -> f.ruleId().value()).containsExactly("document.place.mismatch");
    assertThat(DocumentValidator.standard().withPlaceLookup(LOOKUP).validate(plan).isEmpty())
        .isTrue();
  }
}
