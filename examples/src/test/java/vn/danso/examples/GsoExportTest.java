package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

class GsoExportTest {
  static GsoExport sample() throws IOException {
    try (InputStream in = GsoExportTest.class.getResourceAsStream("gso-export-sample.json")) {
      return GsoExport.read(in, LocalDate.of(2025, 3, 1), null);
    }
  }

  @Test
  void districtsAndCommunesBecomeRowsWithTheirJsonPath() throws IOException {
    GsoExport export = sample();
    assertThat(export.provinces()).isEqualTo(5);
    assertThat(export.districts()).isEqualTo(5);
    assertThat(export.communes()).isEqualTo(18);
    assertThat(export.rows()).hasSize(23);
    UnitRow anMinh = export.rows().stream().filter(r -> r.code().equals("909")).findFirst().orElseThrow();
    assertThat(anMinh.parent()).contains("91");
    assertThat(anMinh.type()).contains(UnitType.HUYEN);
    assertThat(anMinh.source()).contains("data[3].level2s[0]");
  }

  @Test
  void aCityOfACentrallyGovernedCityIsToldApartByItsParent() throws IOException {
    GsoExport export = sample();
    assertThat(export.rows().stream().filter(r -> r.code().equals("769")).findFirst().orElseThrow().type())
        .contains(UnitType.THANH_PHO_THUOC_THANH_PHO);
    assertThat(export.rows().stream().filter(r -> r.code().equals("058")).findFirst().orElseThrow().type())
        .contains(UnitType.THANH_PHO_THUOC_TINH);
  }

  @Test
  void everyObjectItCannotTakeIsReportedWithItsPath() throws IOException {
    GsoExport export = sample();
    assertThat(export.report().findings()).extracting(f -> f.ruleId() + " " + f.message(Language.EN))
        .containsExactly(
            "loader.type-unknown data[3].level2s[0].level3s[10]: type \"xa\" does not exist at this level "
                + "(expected phường, thị trấn, xã); the type is read from the name",
            "loader.shape data[3].level2s[0].level3s[11]: field \"level3_id\" missing or not text; the row is not "
                + "used",
            "loader.province-differs data[4]: province 92 is \"Thành phố Cần Thơ, Tỉnh\" in the file but "
                + "\"Thành phố Cần Thơ, centrally governed city\" in the catalogue on 2025-03-01",
            "loader.shape data[5]: not a JSON object; the row is not used");
    Finding typeUnknown = export.report().findings().get(0);
    assertThat(typeUnknown.subject()).hasToString("json[data[3].level2s[0].level3s[10]]");
  }
}
