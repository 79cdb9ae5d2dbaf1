package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheTreeTheReportCoverageAndLags() {
    assertThat(run("cascade")).isZero();
    assertThat(out())
        .contains("    74-KH/TU ngày 27/01/2018 (Thành ủy Hà Nội)  +94 ngày\n")
        .contains("      49-KH/ĐUK ngày 04/6/2018 (Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế)  +41 ngày")
        .contains("Báo cáo kiểm tra: HỢP LỆ — 4 phát hiện (0 lỗi, 0 cảnh báo, 4 thông tin)")
        .contains("01 Thành phố Hà Nội     74-KH/TU (27/01/2018)        94/KH-UBND (chưa rõ ngày)")
        .contains("909 Huyện An Minh        77-KH/HU (22/3/2018)  chưa có")
        .contains("cấp tỉnh            5       41        94         181")
        .contains("13-CTr/TU → 723/QĐ-UBND: 107 ngày");
  }

  @Test
  void takesADateAndALevel() {
    assertThat(run("--lang", "en", "cascade", "--date", "2018-02-28", "--level", "province")).isZero();
    assertThat(out())
        .contains("Implementing 21-NQ/TW of 2017-10-25 (Ban Chấp hành Trung ương Đảng) — province level, as of\n"
            + "  2018-02-28")
        .contains("Party committee: 3/63 units have a document (1 of unknown date)")
        .doesNotContain("district level,");
  }

  @Test
  void aDayBeforeTheRootDocumentSaysWhyThereIsNothingToCount() {
    assertThat(run("--lang", "en", "cascade", "--date", "2015-01-01")).isZero();
    assertThat(out().replaceAll("\\s+", " ")).contains("was issued on 2017-10-25; on 2015-01-01 it did not exist yet, "
        + "so nothing implemented it: there is no coverage or lag to count")
        .doesNotContain("0/4 units have a document");
  }

  @Test
  void theCommuneLevelSaysWhyThereIsNothingToCount() {
    assertThat(run("--lang", "en", "cascade", "--level", "commune")).isZero();
    assertThat(out().replaceAll("\\s+", " ")).contains("Nothing to count at the commune level: the seeds' map has "
        + "no unit at this level").doesNotContain("0/0 units");
  }

  @Test
  void explainsBadArguments() {
    assertThat(run("cascade", "--date", "31/01/2024")).isEqualTo(2);
    assertThat(run("cascade", "--level", "village")).isEqualTo(2);
    assertThat(run("cascade", "--level")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date: 31/01/2024 không phải ngày viết YYYY-MM-DD")
        .contains("--level: không có cấp \"village\"").contains("Thiếu giá trị cho --level");
  }

  @Test
  void buildsTheCascadeFromAFolderOfRealTexts() {
    assertThat(run("cascade", "--texts", "samples/texts")).isZero();
    assertThat(out())
        .contains("từ 6 văn bản trong samples/texts")
        .contains("son-la-457-qd-ubnd.txt: 457/QĐ-UBND 05/03/2018 (Ủy ban nhân dân tỉnh Sơn La) — ban hành kèm theo")
        .contains("hau-giang-39-2009-qd-ubnd.txt: 39/2009/QĐ-UBND 16/11/2009 (Ủy ban nhân dân tỉnh Hậu Giang) — nội")
        // the tree: Sơn La's programme, issued with its decision, under 137/NQ-CP, and under the provincial
        // committee's 79-KH/TU, which the folder does not hold: cited "của Ban Chấp hành Đảng bộ tỉnh", read as Tỉnh
        // ủy Sơn La, the province of the programme's issuer. Not under 21-NQ/TW itself: "…của Ban Chấp hành Đảng bộ
        // tỉnh thực hiện Nghị quyết số 21-NQ/TW" says what 79-KH/TU implements
        .contains("  21-NQ/TW ngày 25/10/2017 (Ban Chấp hành Trung ương Đảng)\n"
            + "    137/NQ-CP ngày 31/12/2017 (Chính phủ)  +67 ngày\n"
            + "      457/QĐ-UBND ngày 05/3/2018 (Ủy ban nhân dân tỉnh Sơn La)  +64 ngày  [chương trình kèm theo")
        .contains("  79-KH/TU ngày 17/12/2017 (Tỉnh ủy Sơn La)  [văn bản không có trong tập]\n"
            + "    457/QĐ-UBND ngày 05/3/2018 (Ủy ban nhân dân tỉnh Sơn La)  +78 ngày  [đã nêu ở trên]\n")
        // cited again as "Kế hoạch số 79-KH/TU" alone: the same document, cited by one text
        .doesNotContain("79-KH/TU  [trích dẫn chưa đầy đủ]")
        .contains("cascade.reference.repeated").contains("được 1 văn bản")
        // Quảng Ngãi's extract holds only the page's list of related documents: each is cited, none implemented
        .contains("  91/KH-UBND ngày 17/6/2021 (Ủy ban nhân dân tỉnh Quảng Ngãi)\n")
        .doesNotContain("1848/QĐ-TTg").doesNotContain("21-NQ/TW → 457/QĐ-UBND")
        .contains("  39/2009/QĐ-UBND ngày 16/11/2009 (Ủy ban nhân dân tỉnh Hậu Giang)  [chương trình do quyết định")
        // coverage counts Sơn La's People's Committee through the decision
        .contains("14 Tỉnh Sơn La  chưa có      457/QĐ-UBND (05/3/2018)")
        .contains("Ủy ban nhân dân: 1/63 đơn vị đã có văn bản")
        // Hải Dương's plan of 2022 implements a project of family planning; its grounds, listed under "CĂN CỨ XÂY
        // DỰNG KẾ HOẠCH", are legal bases, and 21-NQ/TW is named only in the title of the provincial committee's
        // 80-KH/TU: it stands alone, not under 21-NQ/TW
        .contains("  84/KH-UBND ngày 11/01/2022 (Ủy ban nhân dân tỉnh Hải Dương)\n")
        .contains("hai-duong-84-kh-ubnd.txt: 84/KH-UBND 11/01/2022 (Ủy ban nhân dân tỉnh Hải Dương)")
        .doesNotContain("KẾ HOẠCH HÓA GIA ĐÌNH»")
        .contains("137/NQ-CP → 457/QĐ-UBND: 64 ngày");
  }

  @Test
  void linksACitationByAnIssuerNamedInWordsToThePlanOfTheFolder(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("samples/texts/son-la-457-qd-ubnd.txt"), dir.resolve("son-la-457-qd-ubnd.txt"));
    // a heading written for this test in the Party's form (not the real plan's text): Tỉnh ủy Sơn La's 79-KH/TU
    Files.writeString(dir.resolve("son-la-79-kh-tu.txt"), String.join("\n",
        "ĐẢNG BỘ TỈNH SƠN LA", "TỈNH ỦY", "*", "Số 79-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Sơn La, ngày 17 tháng 12 năm 2017", "", "KẾ HOẠCH",
        "thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng", ""),
        StandardCharsets.UTF_8);
    assertThat(run("cascade", "--texts", dir.toString())).isZero();
    assertThat(out())
        .contains("son-la-79-kh-tu.txt: 79-KH/TU 17/12/2017 (Tỉnh ủy Sơn La)")
        // "Thực hiện Kế hoạch số 79-KH/TU … của Ban Chấp hành Đảng bộ tỉnh" in Sơn La's programme: the plan above
        .contains("    79-KH/TU ngày 17/12/2017 (Tỉnh ủy Sơn La)  +53 ngày\n"
            + "      457/QĐ-UBND ngày 05/3/2018 (Ủy ban nhân dân tỉnh Sơn La)  +78 ngày")
        .doesNotContain("[văn bản không có trong tập]");
  }

  @Test
  void keepsAndReportsAnIssuerNamedInWordsThatNamesNoProvinceForCertain(@TempDir Path dir) throws IOException {
    // a text written for this test: a People's Committee citing "Thành ủy" with no name (a provincial city has one
    // too) and a Tỉnh ủy number as the People's Committee's ("UBND tỉnh" does not write TU): neither gets an issuer
    Files.writeString(dir.resolve("son-la-kh.txt"), String.join("\n",
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Số: 12/KH-UBND", "Sơn La, ngày 05 tháng 3 năm 2018", "", "KẾ HOẠCH",
        "Thực hiện Kế hoạch số 15-KH/TU ngày 10/01/2018 của Thành ủy.",
        "Thực hiện Kế hoạch số 79-KH/TU ngày 17/12/2017 của UBND tỉnh.", ""), StandardCharsets.UTF_8);
    assertThat(run("--lang", "en", "cascade", "--texts", dir.toString())).isZero();
    assertThat(out())
        .contains("[info] body.issuer-words-unread: \"Thành ủy\" names a kind of provincial body but no province")
        .contains("  15-KH/TU of 2018-01-10  [incomplete reference]")
        .contains("  79-KH/TU of 2017-12-17  [incomplete reference]");
  }

  @Test
  void aTextSavedAsUtf16IsReadAndOneInNeitherEncodingIsListedAsNotRead(@TempDir Path dir) throws IOException {
    String sonLa = Files.readString(Path.of("samples/texts/son-la-457-qd-ubnd.txt"));
    byte[] utf16 = ("\uFEFF" + sonLa).getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("a-utf16.txt"), utf16);
    Files.write(dir.resolve("b-latin1.txt"), "Quy\u1EBFt \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("--lang", "en", "cascade", "--texts", dir.toString())).isZero();
    assertThat(out()).contains("a-utf16.txt: 457/QĐ-UBND 2018-03-05 (Ủy ban nhân dân tỉnh Sơn La)")
        .contains("b-latin1.txt: not read — not UTF-8 text (save it as UTF-8)")
        .contains("the cascade of 1 document texts");
    Files.delete(dir.resolve("a-utf16.txt"));
    assertThat(run("--lang", "en", "cascade", "--texts", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("None of the .txt files in " + dir + " is UTF-8 text");
  }

  @Test
  void aMissingFolderIsAnInputError() {
    assertThat(run("--lang", "en", "cascade", "--texts", "samples/no-such-folder")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such folder: samples/no-such-folder");
  }
}
