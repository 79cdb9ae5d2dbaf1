package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danso.plan.Seeds.NQ21;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitVersion;
import vn.danso.body.BodyKinds;
import vn.danso.document.Document;
import vn.danso.document.DocumentType;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;

class CoverageReportTest {
  private static final Cascade SEEDS = Cascade.of(Seeds.plans());
  private static final CascadeNode ROOT = SEEDS.node(NQ21).orElseThrow();
  private static final CoverageTrack PARTY = CoverageTrack.partyCommittee();
  private static final CoverageTrack STATE = CoverageTrack.peoplesCommittee();
  private static final CoverageReport PROVINCES =
      CoverageReport.of(SEEDS, ROOT, Seeds.HIERARCHY, LocalDate.of(2024, 1, 31), AdministrativeLevel.PROVINCE);

  private static CoverageRow row(CoverageReport coverage, String code) {
    return coverage.rows().stream().filter(r -> r.unit().code().value().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void everyProvinceOfTheDayHasARow() {
    assertThat(PROVINCES.rows()).hasSize(63);
    assertThat(PROVINCES.level()).isEqualTo(AdministrativeLevel.PROVINCE);
  }

  @Test
  void theSeedsProvincesAndWhatTheyIssued() {
    assertThat(row(PROVINCES, "01").cell(PARTY).node().flatMap(CascadeNode::number).orElseThrow().format())
        .isEqualTo("74-KH/TU");
    assertThat(row(PROVINCES, "01").cell(STATE).status()).isEqualTo(CoverageStatus.UNDATED);
    assertThat(row(PROVINCES, "06").cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
    assertThat(row(PROVINCES, "06").cell(STATE).node().flatMap(CascadeNode::number).orElseThrow().format())
        .isEqualTo("723/QĐ-UBND");
    assertThat(row(PROVINCES, "46").cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
    assertThat(row(PROVINCES, "91").cell(PARTY).status()).isEqualTo(CoverageStatus.UNDATED);
    assertThat(row(PROVINCES, "30").cell(PARTY).status()).isEqualTo(CoverageStatus.MISSING);
  }

  @Test
  void theBlocCommitteeIsNotTheProvincesPartyCommittee() {
    Document blocPlan = Seeds.doc("49-KH/ĐUK", DocumentType.PLAN, Seeds.HUE_DUK, 2018, 6, 4, NQ21.reference());
    Cascade bloc = Cascade.builder().add(NQ21).add(blocPlan).build();
    CoverageReport coverage = CoverageReport.of(bloc, bloc.node(NQ21).orElseThrow(), Seeds.HIERARCHY,
        LocalDate.of(2024, 1, 31), AdministrativeLevel.PROVINCE);
    assertThat(row(coverage, "46").cell(PARTY).status()).isEqualTo(CoverageStatus.MISSING);
    CoverageTrack blocs = CoverageTrack.of(LocalizedText.of("Đảng ủy Khối", "bloc committee"),
        List.of(BodyKinds.BLOC_PARTY_COMMITTEE));
    CoverageReport byBloc = CoverageReport.of(bloc, bloc.node(NQ21).orElseThrow(), Seeds.HIERARCHY,
        LocalDate.of(2024, 1, 31), AdministrativeLevel.PROVINCE, List.of(blocs));
    assertThat(byBloc.count(blocs, CoverageStatus.ISSUED)).isEqualTo(1);
  }

  @Test
  void countsAndMissingUnits() {
    assertThat(PROVINCES.count(PARTY, CoverageStatus.ISSUED)).isEqualTo(3);
    assertThat(PROVINCES.count(PARTY, CoverageStatus.UNDATED)).isEqualTo(1);
    assertThat(PROVINCES.count(PARTY, CoverageStatus.MISSING)).isEqualTo(59);
    assertThat(PROVINCES.count(STATE, CoverageStatus.ISSUED)).isEqualTo(1);
    assertThat(PROVINCES.missing(STATE)).hasSize(61).extracting(UnitVersion::name).contains("Hà Giang")
        .doesNotContain("Hà Nội", "Bắc Kạn");
  }

  @Test
  void documentsIssuedAfterTheDateAreNotYetThere() {
    CoverageReport early = CoverageReport.of(SEEDS, ROOT, Seeds.HIERARCHY, LocalDate.of(2018, 1, 25),
        AdministrativeLevel.PROVINCE);
    assertThat(early.count(PARTY, CoverageStatus.ISSUED)).isEqualTo(1);
    assertThat(row(early, "06").cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
    assertThat(row(early, "01").cell(PARTY).status()).isEqualTo(CoverageStatus.MISSING);
  }

  @Test
  void districtsBelowAProvincialRoot() {
    CascadeNode programme = SEEDS.parents(SEEDS.node(Seeds.KH77).orElseThrow()).get(1);
    CoverageReport districts = CoverageReport.of(SEEDS, programme, Seeds.HIERARCHY, LocalDate.of(2024, 1, 31),
        AdministrativeLevel.DISTRICT);
    assertThat(districts.rows()).extracting(r -> r.unit().code().value()).containsExactly("909");
    assertThat(districts.rows().get(0).cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
  }

  @Test
  void aReusedCodeDoesNotCarryAPlanToTheNewUnit() {
    CoverageReport july = CoverageReport.of(SEEDS, ROOT, Seeds.HIERARCHY, LocalDate.of(2025, 7, 1),
        AdministrativeLevel.PROVINCE);
    assertThat(july.rows()).hasSize(34);
    // 91 was Kiên Giang; from 2025-07-01 it is the new An Giang, which has issued nothing here.
    assertThat(row(july, "91").cell(PARTY).status()).isEqualTo(CoverageStatus.MISSING);
    // 01 Hà Nội and 46 Huế continue.
    assertThat(row(july, "01").cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
    assertThat(row(july, "46").cell(PARTY).status()).isEqualTo(CoverageStatus.ISSUED);
  }

  @Test
  void formatPrintsAnAlignedTableAndTheCounts() {
    String text = PROVINCES.format(Language.VI, true);
    assertThat(text).startsWith("Triển khai 21-NQ/TW ngày 25/10/2017 (Ban Chấp hành Trung ương Đảng) — cấp tỉnh, "
        + "đến ngày 31/01/2024\n");
    assertThat(text).contains("Đơn vị                  Cấp ủy Đảng                  Ủy ban nhân dân\n"
            + "----------------------  ---------------------------  -------------------------\n"
            + "01 Thành phố Hà Nội     74-KH/TU (27/01/2018)        94/KH-UBND (chưa rõ ngày)\n")
        .contains("06 Tỉnh Bắc Kạn         13-CTr/TU (22/01/2018)       723/QĐ-UBND (09/5/2018)\n")
        .contains("91 Tỉnh Kiên Giang      Chương trình (chưa rõ ngày)  chưa có\n")
        .contains("Cấp ủy Đảng: 4/63 đơn vị đã có văn bản (1 chưa rõ ngày)")
        .contains("Chưa có văn bản nào (59): 02 Tỉnh Hà Giang, 04 Tỉnh Cao Bằng");
    assertThat(text.lines().filter(line -> line.length() > 100)).as("lines fit a terminal").isEmpty();
    assertThat(text).contains(",\n  11 Tỉnh Điện Biên, 12 Tỉnh Lai Châu,");
    // The English title is wider than 100 columns and takes two lines.
    assertThat(PROVINCES.format(Language.EN).lines().count()).isEqualTo(2 + 2 + 63 + 2);
  }
}
