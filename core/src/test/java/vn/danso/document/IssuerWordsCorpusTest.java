package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.IssuerWords;

/**
 * Issuers named in words in real sentences of the corpus ({@code corpus/paragraphs.txt}): the finder keeps the words
 * after "của", {@link IssuerWords} reads them as the body they name, the citing province given by the page's issuer.
 */
class IssuerWordsCorpusTest {
  private static final HierarchySnapshot DAY = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2018, 3, 5));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Sơn La's programme (Quyết định 457/QĐ-UBND), line 92 of the corpus
      "Thực hiện Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm 2017 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết"
          + " số 21-NQ/TW ngày 25 tháng 10 năm 2017|14|79-KH/TU|Ban Chấp hành Đảng bộ tỉnh|party.tu.14",
      // Hậu Giang, line 100
      "Căn cứ Nghị quyết số 03/2009/NQ-HĐND ngày 16 tháng 6 năm 2009 của Hội đồng nhân dân tỉnh Hậu Giang khóa VII,"
          + " kỳ họp thứ 17|93|03/2009/NQ-HĐND|Hội đồng nhân dân tỉnh Hậu Giang|state.hdnd.93",
      // Hải Dương, line 266
      "- Kế hoạch số 80-KH/TU của Tỉnh ủy Hải Dương ngày 26/01/2018 về Kế hoạch thực hiện Nghị quyết số"
          + " 21-NQ/TW|30|80-KH/TU|Tỉnh ủy Hải Dương|party.tu.30"})
  void readsTheIssuerTheSentenceNamesInWords(String sentence, String province, String number, String words,
      String id) {
    ReferenceMatch match = ReferenceFinder.standard().find(sentence).matches().stream()
        .filter(m -> m.number().map(DocumentNumber::format).equals(Optional.of(number)))
        .findFirst().orElseThrow();
    assertThat(match.issuer()).contains(words);
    assertThat(IssuerWords.read(match.issuer().get(), DAY, UnitCode.of(province)).map(Body::id)).contains(id);
    assertThat(IssuerWords.read(match.issuer().get(), DAY, UnitCode.of(province)).get().abbreviation())
        .contains(match.number().get().issuerCode());
  }
}
