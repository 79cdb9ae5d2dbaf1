package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.testing.Gen;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/**
 * The classes of real numbers older or defective prints carry, each read as the document means it, with a finding
 * and never as another document's: a letter after the sequence number ({@code 36a/NQ-CP}), the Council of Ministers
 * and its Chairman without a type ({@code 72-HĐBT}, {@code 192-CT}), a ministry's issuer before its type
 * ({@code 808-BYT/QĐ}, {@code 7004-BYT-TT}), a type lost before the issuer ({@code 1281/-UBND}). The real-text
 * corpus has the pages.
 */
class OlderNumberFormsTest {
  private static final NumberingScheme RULES = NumberingScheme.standard();

  static Stream<Long> seeds() {
    return Gen.seeds(10);
  }

  private static List<String> ruleIds(DocumentNumber number) {
    return NumberValidator.standard().validate(number).findings().stream().map(f -> f.ruleId().value()).toList();
  }

  private static List<String> found(String text) {
    return ReferenceFinder.standard().find(text).matches().stream()
        .map(m -> m.number().map(DocumentNumber::format).orElse("?")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "36a/NQ-CP            | 36a/NQ-CP          | 36 | a",   // Nghị quyết 36a/NQ-CP, 14/10/2015
      "3e/2000/ NQ-HĐND4    | 03e/2000/NQ-HĐND4  | 3  | e",   // HĐND tỉnh Thừa Thiên Huế, 27/7/2000
      "Số: 2a/2000/NQ-HĐND4 | 02a/2000/NQ-HĐND4  | 2  | a",
      "11i/2008/NQ-HĐND     | 11i/2008/NQ-HĐND   | 11 | i",
      "12A/ KH-UBND         | 12a/KH-UBND        | 12 | a"})
  void readsALetterAfterTheSequenceNumberAsPartOfTheNumber(String printed, String canonical, int number,
      String letter) {
    DocumentNumber n = DocumentNumber.parse(printed);

    assertThat(n.format()).isEqualTo(canonical);
    assertThat(n.number()).isEqualTo(number);
    assertThat(n.sequenceLetter()).contains(letter);
    assertThat(DocumentNumber.parse(canonical)).isEqualTo(n).hasSameHashCodeAs(n);
    assertThat(found("Căn cứ Nghị quyết số " + printed + " ngày 14/10/2015")).containsExactly(canonical);
    assertThat(NumberValidator.standard().validate(n).findings())
        .filteredOn(f -> f.ruleId().value().equals("document.number.sequence-letter"))
        .extracting(Finding::severity, f -> f.actual().orElse(""))
        .containsExactly(tuple(Severity.INFO, canonical));
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aNumberWithALetterIsAnotherDocumentThanTheNumberWithout(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < 200; i++) {
      int number = gen.intBetween(1, 9999);
      String letter = gen.pick("a", "b", "c", "e", "i");
      String symbol = gen.pick("/NQ-CP", "/KH-UBND", "/2000/NQ-HĐND", "-KH/TU", "/QĐ-TTg");
      DocumentNumber with = DocumentNumber.parse(number + (gen.chance(0.5) ? letter : letter.toUpperCase()) + symbol);
      DocumentNumber without = DocumentNumber.parse(number + symbol);

      assertThat(with).as("seed=%s", seed).isNotEqualTo(without);
      assertThat(with.format()).isEqualTo(without.format().replaceFirst("^(\\d+)", "$1" + letter));
      assertThat(DocumentNumber.parse(with.format())).isEqualTo(with);
    }
  }

  @Test
  void neverReadsTheDigitsOfALetteredNumberAsASequenceNumberOrAnotherNumber() {
    assertThat(ReferenceFinder.standard().find("Nghị quyết số 36a ngày 14/10/2015").matches()).isEmpty();
    assertThat(ReferenceFinder.standard().find("1a/ Tăng cường công tác dân số").matches()).isEmpty();
    assertThat(found("Căn cứ Nghị quyết số 36 ngày 14/10/2015")).containsExactly("?");   // a sequence number
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Số: 72-HĐBT           | 72-HĐBT | HĐBT",   // Quyết định 72-HĐBT, 13/3/1990
      "Số: 23- HĐBT           | 23-HĐBT | HĐBT",
      "Số: 192-CT            | 192-CT  | CT",     // Chỉ thị 192-CT, 21/6/1988, Chủ tịch Hội đồng Bộ trưởng
      "SỐ 392-CT             | 392-CT  | CT",
      "315-CT                | 315-CT  | CT",
      "Số: 216-CP            | 216-CP  | CP",
      "Số: 270-TTg           | 270-TTg | TTg"})
  void readsTheOlderFormOfTheHeadOfGovernmentWithoutAType(String printed, String canonical, String issuer) {
    assertThat(found(printed)).containsExactly(canonical);
    DocumentNumber n = DocumentNumber.parse(printed);

    assertThat(n.form()).isEqualTo(NumberForm.OLD_WITHOUT_TYPE);
    assertThat(n.issuerCode()).isEqualTo(issuer);
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.isLetter()).isFalse();
    assertThat(NumberValidator.standard().validate(n).findings())
        .extracting(f -> f.ruleId().value(), Finding::severity)
        .containsExactly(tuple("document.number.old-form-without-type", Severity.INFO));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "100-CT/TW    | 100-CT/TW    | PARTY",                  // a Party Chỉ thị: the type, then the issuer
      "12/CT-UBND   | 12/CT-UBND   | STATE_ADMINISTRATIVE",   // a State Chỉ thị
      "49/-CT /TW   | 49-CT/TW     | PARTY"})                 // a doubled separator, repaired
  void readsCtBeforeAnIssuerAsTheTypeOfAChiThi(String printed, String canonical, NumberFamily family) {
    assertThat(found(printed)).containsExactly(canonical);
    DocumentNumber n = ReferenceFinder.standard().find(printed).matches().get(0).number().get();
    assertThat(n.family()).isEqualTo(family);
    assertThat(n.types()).containsExactly(DocumentType.DIRECTIVE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Số: 808-BYT/QĐ | 808-BYT/QĐ | BYT | QĐ | DECISION",   // Bộ Y tế, 18/9/1961
      "Số: 316-YT/NĐ  | 316-YT/NĐ  | YT  | NĐ | DECREE",     // Bộ Y tế, 16/4/1958
      "08-BYT / TT    | 08-BYT/TT  | BYT | TT | CIRCULAR"})
  void readsAnOlderMinistryNumberWithItsIssuerBeforeItsType(String printed, String canonical, String issuer,
      String type, DocumentType documentType) {
    assertThat(found(printed)).containsExactly(canonical);
    DocumentNumber n = DocumentNumber.parse(printed);

    assertThat(n.form()).isEqualTo(NumberForm.ISSUER_BEFORE_TYPE);
    assertThat(n.family()).isEqualTo(NumberFamily.STATE_ADMINISTRATIVE);
    assertThat(n.issuerCode()).isEqualTo(issuer);
    assertThat(n.typeCode()).contains(type);
    assertThat(n.types()).containsExactly(documentType);
    assertThat(n.format()).isEqualTo(canonical);
    assertThat(DocumentNumber.parse(canonical)).isEqualTo(n).hasSameHashCodeAs(n);
    assertThat(ruleIds(n)).containsExactly("document.number.issuer-before-type");   // no unknown type, no NĐ rule
  }

  @Test
  void readsEveryMinistryOfTheTableBeforeEveryLegalTypeInTheOlderForm() {
    for (IssuerAbbreviation issuer : RULES.issuers().entries()) {
      boolean ministry = OtherShapes.numbersOutsideParty(RULES, issuer);
      for (TypeAbbreviation type : RULES.typeAbbreviations(NumberFamily.LEGAL_NORMATIVE)) {
        if (type.code().isEmpty() || RULES.typeAbbreviation(NumberFamily.PARTY, issuer.code()).isPresent()) {
          continue;
        }
        String printed = "15-" + issuer.code() + "/" + type.code().get();
        ParseResult<DocumentNumber> read = RULES.tryParse(printed);
        if (ministry) {
          assertThat(read.value()).as(printed).isPresent();
          assertThat(read.get().form()).as(printed).isEqualTo(NumberForm.ISSUER_BEFORE_TYPE);
          assertThat(read.get().format()).isEqualTo(printed);
        } else {
          assertThat(read.value().map(DocumentNumber::form)).as(printed).isNotEqualTo(
              java.util.Optional.of(NumberForm.ISSUER_BEFORE_TYPE));   // the Party and mass organisations: as before
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "49-KH/ĐUK   | PARTY",                 // a Party type before a Party issuer
      "12-KH/UBND  | PARTY",                 // a State number in the Party shape: the finder puts it right
      "15-TU/QĐ    | PARTY"})                // a Party issuer first: no older ministry form
  void leavesOtherPartyShapedNumbersAsTheyWereRead(String printed, NumberFamily family) {
    DocumentNumber n = DocumentNumber.parse(printed);
    assertThat(n.form()).isEqualTo(NumberForm.STANDARD);
    assertThat(n.family()).isEqualTo(family);
  }

  @Test
  void readsANumberPrintedWithoutItsTypeWithAWarningAndGuessesNoType() {
    DocumentNumber n = DocumentNumber.parse("Số: 1281/-UBND");   // the heading of Quyết định 1281/QĐ-UBND, Hà Tĩnh

    assertThat(n.form()).isEqualTo(NumberForm.TYPE_MISSING);
    assertThat(n.number()).isEqualTo(1281);
    assertThat(n.issuerCode()).isEqualTo("UBND");
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.types()).isEmpty();
    assertThat(n.isLetter()).isFalse();
    assertThat(n.format()).isEqualTo("1281/-UBND");
    assertThat(DocumentNumber.parse(n.format())).isEqualTo(n);
    Finding finding = NumberValidator.standard().validate(n).findings().get(0);
    assertThat(finding.ruleId().value()).isEqualTo("document.number.type-missing");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message(Language.VI)).contains("thiếu chữ viết tắt loại văn bản");
    assertThat(finding.message(Language.EN)).contains("lacks the type abbreviation");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Quyết định số 1281/-UBND ngày 13/5/2014 | 1281/QĐ-UBND",
      "Kế hoạch số 45/-UBND ngày 02/3/2018     | 45/KH-UBND",
      "Chỉ thị số 11/ - UBND                   | 11/CT-UBND",
      "Báo cáo số 227/-SYT                     | 227/BC-SYT"})
  void putsBackTheTypeTheTypeWordsNameWithAWarning(String text, String expected) {
    ReferenceScan scan = ReferenceFinder.standard().find(text);

    assertThat(scan.matches()).extracting(m -> m.number().get().format()).containsExactly(expected);
    assertThat(scan.report().findings())
        .extracting(f -> f.ruleId().value(), Finding::severity, f -> f.expected().orElse(""))
        .containsExactly(tuple("document.reference.type-restored", Severity.WARNING, expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Số: 1281/-UBND ngày 13/5/2014 | 1281/-UBND",   // no type words: the type stays unknown
      "Văn bản số 610/-SYT           | 610/-SYT",     // "Văn bản" names no single type
      "Tờ trình số 227/-SYT          | 227/-SYT",     // a Tờ trình is written TTr and, in use, TT: which is not known
      "12/-QĐ                        | ?",            // a type, not an issuer, after the hyphen: not read
      "12/-XYZ                       | ?"})           // an issuer the table does not know: not read
  void guessesNoTypeTheTextDoesNotName(String text, String expected) {
    List<String> found = found(text);
    assertThat(found.isEmpty() ? "?" : found.get(0)).isEqualTo(expected);
  }

  @Test
  void putsBackTheTypeTheHeadingsTitleLineNames() {
    DocumentHeading heading = DocumentHeading.read("""
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        Số: 1281/-UBND
        Hà Nội, ngày 13 tháng 05 năm 2014
        QUYẾT ĐỊNH
        VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH HÀ TĨNH
        """);   // vanbanphapluat.co, Quyết định 1281/QĐ-UBND of 13/5/2014

    assertThat(heading.number().map(DocumentNumber::format)).contains("1281/QĐ-UBND");
    assertThat(heading.type()).contains(DocumentType.DECISION);
    assertThat(heading.report().findings())
        .extracting(f -> f.ruleId().value(), f -> f.actual().orElse(""), f -> f.expected().orElse(""))
        .containsExactly(tuple("document.heading.type-restored", "1281/-UBND", "1281/QĐ-UBND"));
  }

  @Test
  void readsANumberAfterItsTypeWordsAndItsIssuer() {
    ReferenceScan scan = ReferenceFinder.standard().find("Căn cứ Nghị quyết của Bộ Chính trị Trung ương Đảng số "
        + "22-NQ/TW ngày 27-11-1989 về chủ trương, chính sách lớn phát triển kinh tế - xã hội miền núi.");

    assertThat(scan.matches()).hasSize(1);
    ReferenceMatch match = scan.matches().get(0);
    assertThat(match.number().map(DocumentNumber::format)).contains("22-NQ/TW");
    assertThat(match.type()).contains(DocumentType.RESOLUTION);
    assertThat(match.issuer()).contains("Bộ Chính trị Trung ương Đảng");
    assertThat(match.date().map(Object::toString)).isPresent();
  }
}
