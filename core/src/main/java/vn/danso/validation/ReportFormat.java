package vn.danso.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import vn.danso.text.CountedNoun;
import vn.danso.text.Language;
import vn.danso.text.TextWrap;

/**
 * A way of writing a {@link ValidationReport}: {@linkplain #text(Language) text} for people,
 * {@linkplain #csv(Language) CSV} (RFC 4180) for spreadsheets, or {@linkplain #json() JSON} for other programs and
 * services. Formats only build strings; where the text goes is the caller's business.
 */
public abstract class ReportFormat {
  private static final ImmutableList<String> CSV_HEADER =
      ImmutableList.of("rule", "severity", "subject", "expected", "actual", "message");

  /** The widest line the text format writes where it can break between words. */
  private static final int WIDTH = 100;

  private ReportFormat() {}

  /**
   * Returns the format for people: a summary line, then one numbered block per finding with its severity, rule id,
   * subject, message and, where known, expected and actual values. Messages and values are broken between words to
   * fit 100 columns.
   *
   * @param language the language of the text
   * @return the format
   */
  public static ReportFormat text(Language language) {
    checkNotNull(language, "language is null");
    return new Text(language);
  }

  /** The text format: a named class, so that formatting a first report spins no lambda. */
  private static final class Text extends ReportFormat {
    private final Language language;

    Text(Language language) {
      this.language = language;
    }

    @Override
    public String format(ValidationReport report) {
      return formatText(report, language);
    }
  }

  /**
   * Returns CSV with the header {@code rule,severity,subject,expected,actual,message}: severity as its constant
   * ({@code ERROR}), the other columns as text in the given language, one line per finding, CRLF line ends.
   *
   * @param language the language of values and messages
   * @return the format
   */
  public static ReportFormat csv(Language language) {
    checkNotNull(language, "language is null");
    return writing(report -> formatCsv(report, language));
  }

  /**
   * Returns JSON (RFC 8259) in both languages at once, following version {@value JsonReport#VERSION} of the schema
   * {@code docs/report.schema.json}: the schema version, whether the report is valid, the counts per severity, and
   * per finding the rule id, the severity constant, the subject as a path and as segments, the expected and actual
   * values (each with its machine value where it has one, and its text in Vietnamese and English) and the message in
   * both languages. A service can return it as it is:
   *
   * <pre>{@code
   * String body = ReportFormat.json().format(validator.validate(dataset));
   * }</pre>
   *
   * @return the format
   */
  public static ReportFormat json() {
    return writing(report -> JsonReport.format(report));
  }

  /**
   * Writes the report.
   *
   * @param report the report
   * @return the report as text
   */
  public abstract String format(ValidationReport report);

  /** Returns the format that writes a report with the function. */
  private static ReportFormat writing(Function<ValidationReport, String> writer) {
    return new ReportFormat() {
      @Override
      public String format(ValidationReport report) {
        return writer.apply(report);
      }
    };
  }

  private static String formatText(ValidationReport report, Language language) {
    boolean vi = language == Language.VI;
    StringBuilder out = new StringBuilder();
    out.append(vi ? "Báo cáo kiểm tra: " : "Validation report: ");
    out.append(report.isValid() ? (vi ? "HỢP LỆ" : "VALID") : (vi ? "KHÔNG HỢP LỆ" : "INVALID"));
    if (report.isEmpty()) {
      out.append(vi ? " — không có phát hiện nào" : " — no findings").append('\n');
      return out.toString();
    }
    out.append(" — ").append(CountedNoun.of("phát hiện", "finding", "findings").format(report.size(), language))
        .append(" (");
    Severity[] severities = Severity.values();
    for (int i = 0; i < severities.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      int n = report.count(severities[i]);
      String label = severities[i].label(language);
      // "info" is a mass noun: 2 info, like 2 thông tin.
      String plural = vi || severities[i] == Severity.INFO ? label : label + "s";
      out.append(CountedNoun.of(label, label, plural).format(n, language));
    }
    out.append(")\n");
    int number = 0;
    int width = String.valueOf(report.size()).length();
    for (Finding finding : report.findings()) {
      number++;
      String label = String.valueOf(number);
      String indent = " ".repeat(width + 4);
      wrap(out, " ".repeat(width - label.length() + 2) + label + ". ", indent + "  ",
          "[" + finding.severity().label(language) + "] " + finding.ruleId() + " — " + finding.subject());
      wrap(out, indent, indent + "  ", finding.message(language));
      if (finding.expected().isPresent() || finding.actual().isPresent()) {
        StringBuilder values = new StringBuilder();
        Optional<String> expected = finding.expectedText(language);
        if (expected.isPresent()) {
          values.append(vi ? "Mong đợi: " : "Expected: ").append(expected.get());
        }
        if (finding.expected().isPresent() && finding.actual().isPresent()) {
          values.append("; ");
        }
        Optional<String> actual = finding.actualText(language);
        if (actual.isPresent()) {
          values.append(vi ? "thực tế: " : "actual: ").append(actual.get());
        }
        wrap(out, indent, indent + "  ", values.toString());
      }
    }
    return out.toString();
  }

  private static void wrap(StringBuilder out, String first, String continuation, String text) {
    out.append(TextWrap.wrap(text, WIDTH, first, continuation));
  }

  private static String formatCsv(ValidationReport report, Language language) {
    StringBuilder out = new StringBuilder();
    appendCsvRow(out, CSV_HEADER);
    for (Finding finding : report.findings()) {
      appendCsvRow(
          out,
          ImmutableList.of(
              finding.ruleId().value(),
              finding.severity().name(),
              finding.subject().toString(),
              finding.expectedText(language).orElse(""),
              finding.actualText(language).orElse(""),
              finding.message(language)));
    }
    return out.toString();
  }

  private static void appendCsvRow(StringBuilder out, ImmutableList<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }
}
