package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsTextLeftAndNumbersRightCountingVietnameseLettersAsOne() {
    String table = TextTable.builder().column("Đơn vị").rightAlignedColumn("Số")
        .row("01 Thành phố Hà Nội", 2)
        .row(Normalizer.normalize("46 Huế", Normalizer.Form.NFD), 10)
        .build().format(2);
    assertThat(table).isEqualTo(
        "  Đơn vị               Số\n"
            + "  -------------------  --\n"
            + "  01 Thành phố Hà Nội   2\n"
            + "  46 Huế               10\n");
  }

  @Test
  void misuseIsExplained() {
    assertThatThrownBy(() -> TextTable.builder().column("a").row(1, 2))
        .hasMessageContaining("2 cells but the table 1 columns");
    assertThatThrownBy(() -> TextTable.builder().row(1)).hasMessageContaining("columns before the rows");
    assertThatThrownBy(() -> TextTable.builder().column("a").row(1).column("b"))
        .hasMessageContaining("every column before the first row");
  }
}
