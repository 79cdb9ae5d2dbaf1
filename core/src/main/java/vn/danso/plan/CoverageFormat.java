package vn.danso.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danso.document.DateStyle;
import vn.danso.document.VietnameseDate;
import vn.danso.text.Language;
import vn.danso.text.TextTable;
import vn.danso.text.TextWrap;

/** Writes a {@link CoverageReport} as plain text. */
final class CoverageFormat {
  private CoverageFormat() {}

  static String format(CoverageReport coverage, Language language, boolean onlyWithDocuments) {
    boolean vi = language == Language.VI;
    StringBuilder out = new StringBuilder();
    out.append(TextWrap.wrap((vi ? "Triển khai " : "Implementing ") + coverage.root().label(language) + " — "
        + coverage.level().label(language) + (vi ? ", đến ngày " : ", as of ") + date(coverage.date(), language),
        WIDTH, "", "  "));
    int columns = coverage.tracks().size() + 1;
    TextTable.Builder table = TextTable.builder().column(vi ? "Đơn vị" : "Unit");
    for (CoverageTrack track : coverage.tracks()) {
      table.column(track.label(language));
    }
    List<String> without = new ArrayList<>();
    for (CoverageRow row : coverage.rows()) {
      boolean any = row.cells().stream().anyMatch(c -> c.status() != CoverageStatus.MISSING);
      String unit = row.unit().code() + " " + row.unit().fullName();
      if (!any && onlyWithDocuments) {
        without.add(unit);
        continue;
      }
      String[] cells = new String[columns];
      cells[0] = unit;
      for (int t = 0; t < row.cells().size(); t++) {
        cells[t + 1] = row.cells().get(t).label(language);
      }
      table.row((Object[]) cells);
    }
    out.append(table.build().format());
    int total = coverage.rows().size();
    for (CoverageTrack track : coverage.tracks()) {
      int issued = coverage.count(track, CoverageStatus.ISSUED);
      int undated = coverage.count(track, CoverageStatus.UNDATED);
      out.append(track.label(language)).append(": ").append(issued + undated).append('/').append(total)
          .append(vi ? " đơn vị đã có văn bản" : " units have a document");
      if (undated > 0) {
        out.append(vi ? " (" + undated + " chưa rõ ngày)" : " (" + undated + " of unknown date)");
      }
      out.append('\n');
    }
    if (!without.isEmpty()) {
      String head = (vi ? "Chưa có văn bản nào (" : "No document yet (") + without.size() + "): ";
      wrap(out, head, without, WIDTH);
    }
    return out.toString();
  }

  /** The widest line the list of units without a document takes before it wraps. */
  private static final int WIDTH = 100;

  /** Appends the items after the head, separated by commas, wrapping before a line grows wider than the width. */
  private static void wrap(StringBuilder out, String head, List<String> items, int width) {
    StringBuilder line = new StringBuilder(head);
    boolean lineHasItems = false;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i + 1 < items.size() ? "," : "");
      if (lineHasItems && line.length() + 1 + item.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append("  ");
        lineHasItems = false;
      }
      if (lineHasItems) {
        line.append(' ');
      }
      line.append(item);
      lineHasItems = true;
    }
    out.append(line).append('\n');
  }

  /** {@code 09/5/2018} (as Vietnamese documents write dates) or {@code 2018-05-09}. */
  static String date(LocalDate date, Language language) {
    return language == Language.VI ? VietnameseDate.of(date, DateStyle.SLASH).format() : date.toString();
  }
}
