package vn.danso.document;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.StringJoiner;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** Small helpers that write finding arguments in both languages. */
final class Labels {
  private Labels() {}

  /** "cấp tỉnh, cấp huyện" / "province level, district level"; "(không có)" / "(none)" when empty. */
  static LocalizedText join(Iterable<? extends Localized> values) {
    StringJoiner vi = new StringJoiner(", ");
    StringJoiner en = new StringJoiner(", ");
    for (Localized value : values) {
      vi.add(value.label(Language.VI));
      en.add(value.label(Language.EN));
    }
    return vi.length() == 0 ? LocalizedText.of("(không có)", "(none)") : LocalizedText.of(vi.toString(),
        en.toString());
  }

  /** "QyĐ, QĐ" or "(không có)" / "(none)". */
  static LocalizedText codes(Iterable<String> codes) {
    String joined = String.join(", ", codes);
    return joined.isEmpty() ? LocalizedText.of("(không có)", "(none)") : LocalizedText.of(joined, joined);
  }

  /** "từ 01/01/2018 đến 30/6/2025" / "from 2018-01-01 until 2025-06-30". */
  static LocalizedText range(Range<LocalDate> range) {
    StringJoiner vi = new StringJoiner(" ");
    StringJoiner en = new StringJoiner(" ");
    if (range.hasLowerBound()) {
      boolean closed = range.lowerBoundType() == BoundType.CLOSED;
      vi.add((closed ? "từ " : "sau ") + slash(range.lowerEndpoint()));
      en.add((closed ? "from " : "after ") + range.lowerEndpoint());
    }
    if (range.hasUpperBound()) {
      boolean closed = range.upperBoundType() == BoundType.CLOSED;
      vi.add((closed ? "đến " : "trước ") + slash(range.upperEndpoint()));
      en.add((closed ? "until " : "before ") + range.upperEndpoint());
    }
    return vi.length() == 0 ? LocalizedText.of("mọi ngày", "every day") : LocalizedText.of(vi.toString(),
        en.toString());
  }

  private static String slash(LocalDate date) {
    return VietnameseDate.of(date, DateStyle.SLASH).format();
  }
}
