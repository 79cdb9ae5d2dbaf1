package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNameTest {
  @Test
  void splitsTheTypePrefixFromTheProperName() {
    UnitName name = UnitName.parse("Phường Phúc Xá");
    assertThat(name.prefix()).contains("Phường");
    assertThat(name.prefixTypes()).containsExactly(UnitType.PHUONG);
    assertThat(name.properName()).isEqualTo("Phúc Xá");
  }

  @Test
  void thanhPhoMeansACentrallyGovernedCityAtProvinceLevelAndTwoKindsOfCityBelow() {
    assertThat(UnitName.parse("Thành phố Hà Nội", AdministrativeLevel.PROVINCE).prefixTypes())
        .containsExactly(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
    assertThat(UnitName.parse("Thành phố Thủ Đức", AdministrativeLevel.DISTRICT).prefixTypes())
        .containsExactlyInAnyOrder(UnitType.THANH_PHO_THUOC_TINH, UnitType.THANH_PHO_THUOC_THANH_PHO);
    assertThat(UnitName.parse("Thành phố Hà Nội", AdministrativeLevel.PROVINCE).properName()).isEqualTo("Hà Nội");
  }

  @Test
  void prefixesInAnyCaseAreRecognisedAndTheirCaseIsJudged() {
    UnitName mixed = UnitName.parse("Thị Trấn Mường Chà");
    assertThat(mixed.prefixTypes()).containsExactly(UnitType.THI_TRAN);
    assertThat(mixed.properName()).isEqualTo("Mường Chà");
    assertThat(mixed.isPrefixCapitalisedAsOfficial()).isFalse();
    assertThat(UnitName.parse("Thị trấn Mường Chà").isPrefixCapitalisedAsOfficial()).isTrue();
    assertThat(UnitName.parse("THÀNH PHỐ BẮC KẠN", AdministrativeLevel.DISTRICT).properName()).isEqualTo("BẮC KẠN");
  }

  @Test
  void onlyOnePrefixIsRemovedBecauseSomeNamesBeginWithATypeWord() {
    UnitName duc = UnitName.parse("Phường Phường Đúc");
    assertThat(duc.properName()).isEqualTo("Phường Đúc");
    assertThat(duc.hasRepeatedPrefix()).isTrue();
    assertThat(UnitName.parse("Phường Phúc Xá").hasRepeatedPrefix()).isFalse();
  }

  @Test
  void spacesAndUnicodeFormAreNormalised() {
    assertThat(UnitName.parse("Xã  Hoàng Văn Thụ ").properName()).isEqualTo("Hoàng Văn Thụ");
    assertThat(UnitName.parse("Xa\u0303 Ngư Thủy").properName()).isEqualTo("Ngư Thủy");
  }

  @Test
  void aTextWithoutAKnownPrefixIsAllProperName() {
    assertThat(UnitName.parse("Phúc Xá").prefix()).isEmpty();
    assertThat(UnitName.parse("Phúc Xá").properName()).isEqualTo("Phúc Xá");
    assertThat(UnitName.parse("Phường").properName()).isEqualTo("Phường");
    assertThat(UnitName.parse("Phường5").prefix()).isEmpty();
    assertThat(UnitName.parse("Bản Phố", AdministrativeLevel.COMMUNE).prefix()).isEmpty();
    assertThat(UnitName.parse("Bản Phố", AdministrativeLevel.VILLAGE).prefixTypes()).containsExactly(UnitType.BAN);
  }

  @Test
  void matchKeysFoldToneMarkStyleCaseAndPrefix() {
    assertThat(UnitName.matchKey("Xã  Hoà Bình")).isEqualTo(UnitName.matchKey("hòa bình"));
    assertThat(UnitName.matchKey("Tỉnh Bà Rịa - Vũng Tàu")).isEqualTo(UnitName.matchKey("Bà Rịa–Vũng Tàu"));
  }

  @Test
  void formatWritesTheFullName() {
    assertThat(UnitName.format(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG, "Huế")).isEqualTo("Thành phố Huế");
    assertThat(UnitName.format(UnitType.TO_DAN_PHO, "Số 3")).isEqualTo("Tổ dân phố Số 3");
  }

  @Test
  void everyTypeBelongsToOneLevelAndHasBothNames() {
    for (UnitType type : UnitType.values()) {
      assertThat(UnitType.at(type.level())).contains(type);
      assertThat(type.isAllowedAt(type.level())).isTrue();
      assertThat(type.names().vi()).isNotBlank();
      assertThat(type.names().en()).isNotBlank();
    }
    assertThat(UnitType.at(AdministrativeLevel.COMMUNE))
        .containsExactly(UnitType.XA, UnitType.PHUONG, UnitType.THI_TRAN, UnitType.DAC_KHU);
    assertThat(UnitType.XA.isAllowedAt(AdministrativeLevel.DISTRICT)).isFalse();
  }
}
