package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The example in the Javadoc of the table builder, run as written (BuilderExampleCoverageTest checks that the Javadoc
 * and these lines agree).
 */
class TextExamplesTest {
  @Test
  void theTextTableExampleRuns() {
    String text = TextTable.builder()
        .column("Đơn vị").rightAlignedColumn("Số văn bản")
        .row("01 Thành phố Hà Nội", 2)
        .build()
        .format();

    assertThat(text.lines()).hasSize(3);
    assertThat(text.lines().skip(2).findFirst()).hasValueSatisfying(row -> assertThat(row).endsWith(" 2"));
  }
}
