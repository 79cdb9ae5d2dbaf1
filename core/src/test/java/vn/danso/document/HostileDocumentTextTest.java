package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reproducers of the defects the fuzz suite once found in recipient and place lines, as regression tests. */
class HostileDocumentTextTest {
  @Test
  void aRecipientReadsBackFromItsOwnLine() {
    int read = 0;
    for (String line : new String[] {"r;,(c)", "r;6()()", "- Ban Thường vụ Tỉnh ủy;    (để b/c)", "(để b/c) Ban",
        "- Như trên (để t/h);", "x (a) (b);", "\u0301;"}) {
      Recipient recipient;
      try {
        recipient = Recipient.fromLine(line);
      } catch (IllegalArgumentException e) {
        continue;  // a line with no name is the documented exception
      }
      read++;
      assertThat(Recipient.fromLine(recipient.format())).as(line).isEqualTo(recipient);
    }
    assertThat(read).isGreaterThanOrEqualTo(5);
    assertThatThrownBy(() -> Recipient.fromLine("- ;")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPlaceLineReadsBackFromItsOwnText() {
    int read = 0;
    for (String text : new String[] {"Hà Nội, ngày 03 tháng 4 năm 2018", "Tp. Hồ Chí Minh, 1/1/2020",
        "Cà Mau,, ngày 25/10/2017", "\u200DHuế\u0301, ngày 04 tháng 6 năm 2018", "A, ngày 31 tháng 12 năm 9999"}) {
      PlaceLine line;
      try {
        line = PlaceLine.parse(text);
      } catch (DocumentParseException e) {
        continue;
      }
      read++;
      assertThat(PlaceLine.parse(line.format())).as(text).isEqualTo(line);
      assertThat(PlaceLine.of(line.place(), line.date())).isEqualTo(line);
    }
    assertThat(read).isGreaterThanOrEqualTo(3);
  }
}
