package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * Checks a document number on its own (kiểm tra số, ký hiệu) against the tables of a {@link NumberingScheme}: a
 * positive sequence number, type and issuer abbreviations the tables know, the legislature number after
 * {@code QH}/{@code UBTVQH}, a family the issuer's system numbers in ({@code 21/NQ-TW} writes a Party issuer in the
 * State form), a type the issuer may issue ({@code NĐ} only by {@code CP}).
 *
 * <p>Findings are about {@code number[<canonical form>]}. To check a number together with its document's issuer and
 * date, use {@link DocumentValidator}. Immutable and thread-safe.
 */
public final class NumberValidator implements Validator<DocumentNumber> {
  private static final NumberValidator STANDARD = new NumberValidator(NumberingScheme.standard());

  private final NumberingScheme rules;

  private NumberValidator(NumberingScheme rules) {
    this.rules = rules;
  }

  /**
   * Returns the validator of the standard rules.
   *
   * @return the validator
   */
  public static NumberValidator standard() {
    return STANDARD;
  }

  /**
   * Returns the validator of the given rules.
   *
   * @param rules the rules
   * @return the validator
   */
  public static NumberValidator of(NumberingScheme rules) {
    return new NumberValidator(checkNotNull(rules, "rules is null"));
  }

  @Override
  public ValidationReport validate(DocumentNumber number) {
    checkNotNull(number, "number is null");
    ValidationReport.Builder report = ValidationReport.builder();
    NumberChecks.check(rules, number, null, Subject.of("number", number.format()), report);
    return report.build();
  }
}
