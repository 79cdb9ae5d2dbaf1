package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

class ReferenceFinderTest {
  private static final ReferenceFinder FINDER = ReferenceFinder.standard();

  private static final String ISSUE_PARAGRAPH = "Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
      + "Trung ương Đảng khóa XII về công tác dân số trong tình hình mới và Kế hoạch số 74-KH/TU ngày 27/01/2018 của "
      + "Thành ủy Hà Nội, UBND Thành phố ban hành Kế hoạch.";

  @Test
  void findsEveryReferenceWithItsSpanNumberTypeDateIssuerTermAndTitle() {
    List<ReferenceMatch> found = FINDER.find(ISSUE_PARAGRAPH).matches();

    assertThat(found).hasSize(2);
    ReferenceMatch nq21 = found.get(0);
    assertThat(nq21.text()).isEqualTo("Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
        + "khóa XII về công tác dân số trong tình hình mới");
    assertThat(ISSUE_PARAGRAPH.substring(nq21.start(), nq21.end())).isEqualTo(nq21.text());
    assertThat(nq21.number()).contains(DocumentNumber.parse("21-NQ/TW"));
    assertThat(nq21.type()).contains(DocumentType.RESOLUTION);
    assertThat(nq21.typeWords()).contains("Nghị quyết");
    assertThat(nq21.date()).contains(PartialDate.of(LocalDate.of(2017, 10, 25)));
    assertThat(nq21.issuer()).contains("Ban Chấp hành Trung ương Đảng");
    assertThat(nq21.term()).hasValue(12);
    assertThat(nq21.title()).contains("về công tác dân số trong tình hình mới");
    assertThat(nq21.role()).isEqualTo(ReferenceRole.IMPLEMENTS);
    assertThat(nq21.resolved()).contains(NationalDocuments.NQ_21);

    ReferenceMatch kh74 = found.get(1);
    assertThat(kh74.text()).isEqualTo("Kế hoạch số 74-KH/TU ngày 27/01/2018 của Thành ủy Hà Nội");
    assertThat(kh74.type()).contains(DocumentType.PLAN);
    assertThat(kh74.issuer()).contains("Thành ủy Hà Nội");
    assertThat(kh74.role()).isEqualTo(ReferenceRole.IMPLEMENTS);
    assertThat(kh74.isResolved()).isFalse();
  }

  @Test
  void readsDatesInWordsToTheMonthAndToTheYear() {
    List<ReferenceMatch> found = FINDER.find("Quyết định số 723/QĐ-UBND ngày 09 tháng 5 năm 2018; Quyết định "
        + "1848/QĐ-TTg năm 2020; Kế hoạch số 12/KH-UBND tháng 3/2021.").matches();

    assertThat(found).extracting(m -> m.date().orElseThrow()).containsExactly(
        PartialDate.of(LocalDate.of(2018, 5, 9)), PartialDate.ofYear(2020), new PartialDate(2021, 3, 0));
  }

  @Test
  void readsAPartyNumberWrittenInTheStateShapeAsThePartyNumberWithAWarning() {
    ReferenceScan scan = FINDER.find("Năm 2019 là năm thứ 3 thực hiện Nghị quyết 21/NQ-TW, ngày 25/10/2017 của "
        + "BCH Trung ương Đảng về công tác dân số trong tình hình mới.");

    assertThat(scan.matches()).singleElement().satisfies(m -> {
      assertThat(m.number()).contains(DocumentNumber.parse("21-NQ/TW"));
      assertThat(m.resolved()).contains(NationalDocuments.NQ_21);
    });
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value(), Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("document.reference.party-number-in-state-form",
            Severity.WARNING));
  }

  @Test
  void resolvesATitleTheCatalogueKnowsAndKeepsOthersWithAFinding() {
    ReferenceScan scan = FINDER.find("Tiếp tục thực hiện Chiến lược Dân số Việt Nam đến năm 2030, Chương trình hành "
        + "động của Tỉnh ủy và Đề án Kiểm Soát Mất cân bằng giới tính khi sinh.");

    assertThat(scan.matches()).extracting(ReferenceMatch::text).containsExactly(
        "Chiến lược Dân số Việt Nam đến năm 2030", "Chương trình hành động của Tỉnh ủy",
        "Đề án Kiểm Soát Mất cân bằng giới tính khi sinh");
    assertThat(scan.matches().get(0).resolved()).contains(NationalDocuments.QD_1679);
    assertThat(scan.matches().get(1).issuer()).contains("Tỉnh ủy");
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.reference.title-unresolved", "document.reference.title-unresolved");
  }

  /**
   * What the finder's fuzz test found: a known document cited with another date (a typo, "2/11/2019" for 22/11/2019)
   * threw instead of giving its finding; a title running to the end of the text after "và" read past it.
   */
  @Test
  void aKnownDocumentWithAnotherDateAndATitleAtTheEndOfTheTextAreRead() {
    ReferenceScan typo = FINDER.find("Căn cứ Quyết định số 1679/QĐ-TTg ngày 2/11/2019 của Thủ tướng Chính phủ;");
    assertThat(typo.matches()).hasSize(1);
    assertThat(typo.report().findings()).filteredOn(f -> f.ruleId().value().equals("document.reference.date-mismatch"))
        .singleElement().satisfies(f -> {
          assertThat(f.actual()).hasValue("2/11/2019");
          assertThat(f.expected()).hasValue("22/11/2019");
        });
    assertThat(FINDER.find("Thực hiện Chương trình Củng cố và").matches()).extracting(ReferenceMatch::text)
        .containsExactly("Chương trình Củng cố và");
  }

  /** A programme's title runs past twelve words, up to and with its horizon ("đến năm 2030", "giai đoạn …"). */
  @Test
  void aLongTitleWithoutANumberRunsToItsHorizon() {
    ReferenceScan scan = FINDER.find("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình Củng cố và phát\n"
        + "triển hệ thống thông tin chuyên ngành Dân số tỉnh Thái Bình đến năm 2030, với những nội dung sau; "
        + "triển khai Đề án Chăm sóc sức khỏe người cao tuổi giai đoạn 2021 - 2025 của tỉnh.");
    assertThat(scan.matches()).extracting(ReferenceMatch::title).containsExactly(
        java.util.Optional.of("Chương trình Củng cố và phát triển hệ thống thông tin chuyên ngành Dân số tỉnh Thái Bình "
            + "đến năm 2030"),
        java.util.Optional.of("Đề án Chăm sóc sức khỏe người cao tuổi giai đoạn 2021 - 2025"));
  }

  @Test
  void resolvesABareSequenceNumberOnlyWhenOneDocumentFits() {
    ReferenceScan scan = FINDER.find("những nội dung cơ bản của Nghị quyết số 21, Kế hoạch của Tỉnh ủy");

    assertThat(scan.matches().get(0).sequenceOnly()).hasValue(21);
    assertThat(scan.matches().get(0).resolved()).contains(NationalDocuments.NQ_21);
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value())
        .contains("document.reference.sequence-only");
  }

  @Test
  void aPlanIssuedWithADecisionCitesItInTheIssuedWithRole() {
    ReferenceMatch m = FINDER.find("(Ban hành kèm theo Quyết định số 70/2006/QĐ-UBND ngày 07/9/2006 của UBND tỉnh "
        + "Gia Lai)").matches().get(0);

    assertThat(m.role()).isEqualTo(ReferenceRole.ISSUED_WITH);
    assertThat(m.number()).contains(DocumentNumber.parse("70/2006/QĐ-UBND"));
    assertThat(m.issuer()).contains("UBND tỉnh Gia Lai");
  }

  @Test
  void readsSpacesInsideNumbersAndStopsBeforeAWordAfterADash() {
    List<ReferenceMatch> found = FINDER.find("theo Quyết định số 1679/QĐ- TTg ngày 22/11/2019. Kế hoạch 74-KH/TU "
        + "- Hà Nội").matches();

    assertThat(found).extracting(m -> m.number().orElseThrow().format()).containsExactly("1679/QĐ-TTg", "74-KH/TU");
  }

  @Test
  void leavesDatesPercentagesAndPeriodsAlone() {
    assertThat(FINDER.find("Ngày 25/10/2017, tỷ lệ 74,7% giai đoạn 2021-2025, năm 2030 đạt 2,1 con; kế hoạch 5 "
        + "năm 2021 - 2025").matches()).isEmpty();
  }

  @Test
  void readsNumbersBrokenAcrossLinesAndWordsHyphenatedInTheLenientMode() {
    String pdf = "Căn cứ Kế hoạch số 74-\nKH/TU ngày 27/01/2018 của Thành ủy Hà Nội về thực hiện Nghị quyết\nSố:\n"
        + "94/KH-UBND và Quyết đị-\nnh số 723/QĐ-UBND";

    List<ReferenceMatch> strict = FINDER.find(pdf).matches();
    List<ReferenceMatch> lenient = FINDER.lenient().find(pdf).matches();

    assertThat(strict).extracting(m -> m.number().orElseThrow().format())
        .containsExactly("74-KH/TU", "94/KH-UBND", "723/QĐ-UBND");
    assertThat(lenient).extracting(m -> m.number().orElseThrow().format())
        .containsExactly("74-KH/TU", "94/KH-UBND", "723/QĐ-UBND");
    assertThat(lenient.get(2).type()).contains(DocumentType.DECISION);
    assertThat(lenient.get(2).text()).isEqualTo("Quyết đị-\nnh số 723/QĐ-UBND");
    assertThat(strict.get(2).type()).isEmpty();
  }

  @Test
  void reportsADateThatDoesNotExistAndKeepsTheReference() {
    ReferenceScan scan = FINDER.find("Kế hoạch số 12/KH-UBND ngày 31/6/2018 của UBND tỉnh");

    assertThat(scan.matches()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.reference.date-invalid");
  }

  @Test
  void keepsAnUnreadableNumberAfterTypeWordsWithAFinding() {
    ReferenceScan scan = FINDER.find("theo Kế hoạch số 12/KH- của Sở Y tế");

    assertThat(scan.matches()).singleElement().satisfies(m -> assertThat(m.number()).isEmpty());
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.reference.number-unreadable");
  }

  @Test
  void readsTheTextInNfdAndWithEthForDyet() {
    String nfd = java.text.Normalizer.normalize("Kế hoạch số 49-KH/ĐUK ngày 04/6/2018", java.text.Normalizer.Form.NFD)
        .replace('Đ', 'Ð');

    ReferenceMatch m = FINDER.find(nfd).matches().get(0);

    assertThat(m.number()).contains(DocumentNumber.parse("49-KH/ĐUK"));
    assertThat(nfd.substring(m.start(), m.end())).isEqualTo(m.text());
    assertThat(m.end()).isEqualTo(nfd.length());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "THỰC HIỆN DỰ ÁN XÃ HỘI HÓA CUNG CẤP PHƯƠNG TIỆN TRÁNH THAI, HÀNG HÓA VÀ DỊCH VỤ KẾ HOẠCH HÓA GIA ĐÌNH",
      "Công tác Dân số - Kế hoạch hóa gia đình năm 2010", "Ủy ban Dân số, Gia đình và Trẻ em; KẾ HOẠCH HOÁ GIA ĐÌNH"})
  void neverReadsFamilyPlanningAsAPlan(String text) {   // Kế hoạch 84/KH-UBND of Hải Dương, 2022, has the first
    assertThat(ReferenceFinder.standard().find(text).matches())
        .noneMatch(m -> m.type().filter(DocumentType.PLAN::equals).isPresent());
  }
}
