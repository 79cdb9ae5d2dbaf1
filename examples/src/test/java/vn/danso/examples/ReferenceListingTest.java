package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceListingTest extends CommandTestSupport {
  private static final String SON_LA = "samples/texts/son-la-457-qd-ubnd.txt";

  @Test
  void printsEveryReferenceOfAFileWithItsSpan() {
    assertThat(run("--lang", "en", "number", "--find", SON_LA)).isZero();
    assertThat(out())
        .contains("References in son-la-457-qd-ubnd.txt: 11")
        .contains("[28–43) Số: 457/QĐ-UBND")
        .contains("[628–705) Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm 2017 của Ban Chấp hành Đảng bộ tỉnh")
        .contains("  issuer:       Ban Chấp hành Đảng bộ tỉnh")
        .contains("  role:         implements")
        .contains("  resolved:     Nghị quyết 21-NQ/TW ngày 25/10/2017 (Ban Chấp hành Trung ương Đảng)")
        .contains("[document.reference.title-unresolved]");
  }

  @Test
  void readsANumberPrintedWithAWrongSeparatorAndSaysSo() {
    assertThat(run("--lang", "en", "number", "--find", "samples/texts/hoa-binh-733-qd-ubnd.txt")).isZero();
    assertThat(out())
        .contains("References in hoa-binh-733-qd-ubnd.txt: 9")
        .contains("[422–482) Chỉ thị số 49/-CT /TW ngày 21/2/2005 của BanBí thư (khóa IX)")
        .contains("  number:       49-CT/TW")
        .contains("  number:       246/TTr-SVHTTDL")
        .contains("[document.reference.separator-repaired]");
  }

  @Test
  void needsExactlyOneFile() {
    assertThat(run("number", "--find")).isEqualTo(2);
    assertThat(err()).contains("--find");
  }
}
