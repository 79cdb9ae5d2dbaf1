package vn.danso.benchmarks;

import vn.danso.admin.UnitCode;
import vn.danso.data.DataValidator;
import vn.danso.data.Submission;
import vn.danso.document.DocumentNumber;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/**
 * The README's ten lines as a whole program, for measuring cold start as a process: run by {@code cold-start.sh}
 * beside {@link EmptyMain}, the same JVM and class path doing nothing, so that the difference is what the library
 * costs on first use (class loading, the built-in catalogue and rules).
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Checks An Minh's 2023 report and reads a document number, printing whether the report is valid, its length and
   * the number.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535)
        .add("SRB", 100.6, 1)
        .build();
    ValidationReport report = DataValidator.builtIn().validate(anMinh);
    String text = report.format(Language.EN);
    DocumentNumber number = DocumentNumber.parse("Số: 49–KH/ÐUK");
    String canonical = number.format();
    // Printed without string concatenation, which the README's lines do not have: on a cold JVM its bootstrap alone
    // loads some 80 classes of method-handle machinery, which would be counted against the library.
    System.out.println(report.isValid());
    System.out.println(text.length());
    System.out.println(canonical);
  }
}
