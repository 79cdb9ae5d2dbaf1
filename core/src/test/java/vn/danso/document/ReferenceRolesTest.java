package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a text does with each document it cites, when several references share a sentence, a title or a list. */
class ReferenceRolesTest {
  private static final ReferenceFinder FINDER = ReferenceFinder.standard();

  private static List<ReferenceRole> roles(String text) {
    return FINDER.find(text).matches().stream().map(ReferenceMatch::role).toList();
  }

  @Test
  void aDocumentThatAnImplementedPlanImplementsIsOnlyCited() {
    // Sơn La, 457/QĐ-UBND (2018): the province's programme implements 79-KH/TU, which implements 21-NQ/TW.
    String text = "Thực hiện Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm 2017 của Ban Chấp hành Đảng bộ tỉnh thực hiện "
        + "Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ VI, Ban Chấp hành Trung ương Đảng "
        + "(khóa XII) về công tác dân số trong tình hình mới; xét đề nghị của Sở Y tế tại Tờ trình số 25/TTr-SYT.";

    assertThat(roles(text)).containsExactly(ReferenceRole.IMPLEMENTS, ReferenceRole.CITED, ReferenceRole.CITED);
  }

  @Test
  void aDocumentNamedInAnotherOnesTitleIsOnlyCited() {
    assertThat(roles("Căn cứ Nghị quyết số 137/NQ-CP ngày 31 tháng 12 năm 2017 của Chính phủ về ban hành chương "
        + "trình hành động của Chính phủ thực hiện Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017;"))
        .containsExactly(ReferenceRole.BASIS, ReferenceRole.CITED);
    assertThat(roles("Căn cứ Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ sung một số "
        + "điều của Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;"))
        .containsExactly(ReferenceRole.BASIS, ReferenceRole.CITED);
  }

  @Test
  void eachItemOfAListWrittenOneALineIsAClauseOfItsOwn() {
    // Quảng Ngãi, 91/KH-UBND (2021), the list of related documents its page gives.
    String text = "Văn bản liên quan:\n"
        + "- Nghị quyết 21-NQ/TW năm 2017 về công tác dân số trong tình hình mới do Ban Chấp hành Trung ương ban hành\n"
        + "- Nghị quyết 137/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW về công tác dân "
        + "số trong tình hình mới do Chính phủ ban hành\n"
        + "- Quyết định 1679/QĐ-TTg năm 2019 về phê duyệt Chiến lược Dân số Việt Nam đến năm 2030\n"
        + "- Công văn 7257/BYT-TCDS năm 2020 thực hiện Chương trình Củng cố, phát triển và nâng cao chất lượng dịch "
        + "vụ kế hoạch hóa gia đình đến năm 2030 do Bộ Y tế ban hành\n";

    assertThat(roles(text)).isNotEmpty().containsOnly(ReferenceRole.CITED);
  }

  @Test
  void itemsOfAListTakeTheRoleOfTheLineThatLeadsIt() {
    // Hải Dương, 84/KH-UBND (2022): the grounds of the plan, one a line under their heading.
    String text = "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
        + "- Quyết định số 718/QĐ-BYT ngày 25/2/2019 của Bộ Y tế về việc phê duyệt Đề án tiếp tục đẩy mạnh xã hội hóa;\n"
        + "- Kế hoạch số 80-KH/TU của Tỉnh ủy Hải Dương ngày 26/01/2018 về Kế hoạch thực hiện Nghị quyết số "
        + "21-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ 6 Ban Chấp hành Trung ương\n";

    assertThat(roles(text)).containsExactly(ReferenceRole.BASIS, ReferenceRole.BASIS, ReferenceRole.CITED);
  }

  @Test
  void roleWordsKeepTheirForceAfterACommaAnAndOrTheTextsOwnPlan() {
    assertThat(roles("Căn cứ Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ, thực hiện Kế hoạch "
        + "số 12/KH-UBND ngày 1/3/2020 của UBND tỉnh"))
        .containsExactly(ReferenceRole.BASIS, ReferenceRole.IMPLEMENTS);
    assertThat(roles("Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 và Kế hoạch số 74-KH/TU ngày 27/01/2018 của "
        + "Thành ủy Hà Nội")).containsExactly(ReferenceRole.IMPLEMENTS, ReferenceRole.IMPLEMENTS);
    assertThat(roles("Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của UBND tỉnh thực hiện Nghị "
        + "quyết số 137/NQ-CP ngày 31 tháng 12 năm 2017 của Chính phủ và Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm "
        + "2017 của Tỉnh ủy.")).endsWith(ReferenceRole.IMPLEMENTS, ReferenceRole.IMPLEMENTS);
  }

  @Test
  void aClauseOfItsOwnAfterACommaKeepsItsRole() {
    // Lạng Sơn, 106/KH-UBND (2022): the plan's own title after the list of what it implements.
    assertThat(roles("Thực hiện Quyết định số 468/QĐ-TTg ngày 23/3/2016 của Thủ tướng Chính phủ về việc phê duyệt Đề "
        + "án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016 - 2025; Quyết định số 1679/QĐ-TTg ngày "
        + "22/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược Dân số Việt Nam đến năm 2030, UBND tỉnh ban "
        + "hành Kế hoạch thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022 - 2025 trên địa bàn "
        + "tỉnh Lạng Sơn như sau:"))
        .containsExactly(ReferenceRole.IMPLEMENTS, ReferenceRole.CITED, ReferenceRole.IMPLEMENTS);
  }

  @Test
  void aTitleOnTheLineAfterTheHeadingOpensTheTextsOwnClause() {
    assertThat(roles("Số: 45/KH-UBND\nHà Nội, ngày 1 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện Nghị quyết số 21-NQ/TW "
        + "ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng"))
        .containsExactly(ReferenceRole.OWN_NUMBER, ReferenceRole.IMPLEMENTS);
  }

  /** Only a number line before any other reference is the text's own; "số" in a sentence is a citation. */
  @Test
  void theNumberLineOfTheHeadingIsTheTextsOwnNumber() {
    assertThat(roles("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 91/KH-UBND | Quảng Ngãi, ngày 17 "
        + "tháng 6 năm 2021 |")).containsExactly(ReferenceRole.OWN_NUMBER);
    assertThat(roles("Kế hoạch số 45/KH-UBND\nSố: 46/KH-UBND")).containsExactly(ReferenceRole.CITED,
        ReferenceRole.CITED);
    assertThat(roles("Gửi kèm văn bản số 12/UBND-VX")).containsExactly(ReferenceRole.CITED);
  }

  @Test
  void readsWhatATextReplacesAmendsAndRepeals() {
    assertThat(roles("Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1234/QĐ-UBND ngày "
        + "01/01/2015 của UBND tỉnh.")).containsExactly(ReferenceRole.REPLACES);
    assertThat(roles("Bãi bỏ Kế hoạch số 55/KH-UBND ngày 2/2/2016 của UBND tỉnh."))
        .containsExactly(ReferenceRole.REPEALS);
    assertThat(roles("Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND ngày 5/5/2020 của UBND "
        + "tỉnh như sau:")).containsExactly(ReferenceRole.AMENDS);
  }

  @Test
  void replacementWordsFarFromTheReferenceGiveNoRole() {
    assertThat(roles("Duy trì vững chắc mức sinh thay thế, nâng cao chất lượng dân số theo Quyết định số "
        + "1679/QĐ-TTg ngày 22/11/2019.")).containsExactly(ReferenceRole.CITED);
    assertThat(roles("Thực hiện tốt việc duy trì mức sinh thay thế, theo Quyết định số 1679/QĐ-TTg"))
        .containsExactly(ReferenceRole.IMPLEMENTS);
  }

  /** The role words, the role each gives, and how it is written before a reference. */
  private static final String[][] ROLE_WORDS = {
      {"Thực hiện", "IMPLEMENTS"}, {"Triển khai", "IMPLEMENTS"}, {"Căn cứ", "BASIS"},
      {"Quyết định này thay thế", "REPLACES"}, {"Bãi bỏ", "REPEALS"}, {"Sửa đổi, bổ sung một số điều của", "AMENDS"},
      {"Ban hành kèm theo", "ISSUED_WITH"}};
  private static final String[] REFERENCES = {"Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương",
      "Kế hoạch số 79-KH/TU ngày 17/12/2017 của Tỉnh ủy", "Quyết định số 1679/QĐ-TTg ngày 22/11/2019",
      "Chỉ thị số 09/CT-TTg ngày 1/3/2020 của Thủ tướng Chính phủ", "Kế hoạch số 12/KH-UBND ngày 1/3/2021"};
  private static final String[] CONNECTORS = {" và ", ", ", ", và "};

  /**
   * Seeded sentences: a role word, a chain of references joined by "và" or commas (each takes the role), then a
   * reference that the last one's own words relate to ("… thực hiện …", lower case, no comma: only cited).
   */
  static Stream<Arguments> sentences() {
    return IntStream.range(0, 200).mapToObj(seed -> {
      Random random = new Random(seed);
      String[] word = ROLE_WORDS[random.nextInt(ROLE_WORDS.length)];
      int chain = 1 + random.nextInt(3);
      StringBuilder text = new StringBuilder(word[0]).append(' ');
      List<ReferenceRole> expected = new ArrayList<>();
      for (int k = 0; k < chain; k++) {
        if (k > 0) {
          text.append(CONNECTORS[random.nextInt(CONNECTORS.length)]);
        }
        text.append(REFERENCES[random.nextInt(REFERENCES.length)]);
        expected.add(ReferenceRole.valueOf(word[1]));
      }
      if (random.nextBoolean()) {
        String[] inner = ROLE_WORDS[random.nextInt(3)];   // implements or basis, as an issuer's words
        text.append(' ').append(inner[0].toLowerCase(java.util.Locale.ROOT)).append(' ')
            .append(REFERENCES[random.nextInt(REFERENCES.length)]);
        expected.add(ReferenceRole.CITED);
      }
      text.append('.');
      return Arguments.of(text.toString(), expected);
    });
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void aChainOfReferencesTakesTheRoleAndTheirOwnWordsDoNot(String text, List<ReferenceRole> expected) {
    assertThat(roles(text)).as(text).isEqualTo(expected);
  }
}
