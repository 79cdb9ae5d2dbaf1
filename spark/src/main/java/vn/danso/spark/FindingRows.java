package vn.danso.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;

/**
 * A finding as a row of the findings table (một phát hiện thành một dòng): rule id, severity, the unit, period and
 * key it is about, expected and actual values as English writes them, and the message in both languages.
 */
final class FindingRows {
  private FindingRows() {}

  /**
   * Returns the row of a finding, in the shape of {@link FigureSchema#FINDINGS}.
   *
   * @param finding the finding
   * @return the row
   */
  static Row of(Finding finding) {
    Subject subject = finding.subject();
    List<Subject.Segment> segments = subject.segments();
    boolean aboutFigures = subject.keyOf("unit").isPresent();
    String key = aboutFigures ? (segments.size() > 2 ? segments.get(2).key() : null) : argument(finding, "key");
    return RowFactory.create(finding.ruleId().value(), finding.severity().name().toLowerCase(Locale.ROOT),
        aboutFigures ? subject.keyOf("unit").get() : argument(finding, "unit"),
        aboutFigures ? subject.keyOf("period").orElse(null) : argument(finding, "period"), key,
        finding.expectedText(Language.EN).orElse(null), finding.actualText(Language.EN).orElse(null),
        finding.message(Language.VI), finding.message(Language.EN));
  }

  /** An argument of a finding about a row that could not be read: the row's text as given. */
  private static String argument(Finding finding, String name) {
    Object value = finding.arguments().get(name);
    return value == null ? null : value.toString();
  }
}
