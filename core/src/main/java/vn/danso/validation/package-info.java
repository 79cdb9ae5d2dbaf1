/**
 * The validation kernel (kiểm tra dữ liệu): the one shape in which every validator of danso answers.
 *
 * <p>A {@link vn.danso.validation.Validator} checks a value and returns a
 * {@link vn.danso.validation.ValidationReport}: every {@link vn.danso.validation.Finding} about the value, in the
 * order found, never only the first. A finding names the {@link vn.danso.validation.Rule} that produced it by its
 * stable {@link vn.danso.validation.RuleId}, its {@link vn.danso.validation.Severity} (error, warning, info), the
 * {@link vn.danso.validation.Subject} it is about as a readable path ({@code unit[91] › period[2023]}), the
 * expected and actual values where they mean something, and a message rendered from the rule's template in
 * Vietnamese (the default) or English.
 *
 * <p>Two kinds of wrong are kept apart. Bad <em>data</em> (a malformed code, a date before its parent's, a sum that
 * does not add up) never throws: it becomes findings. <em>Misuse</em> of the API (a null argument, a contradictory
 * builder input) fails fast with an {@link java.lang.IllegalArgumentException}, {@link java.lang.NullPointerException}
 * or {@link java.lang.IllegalStateException} whose message says what to do.
 *
 * <p>Every rule of the library is listed in one {@link vn.danso.validation.RuleCatalogue}, written out as
 * {@code docs/rules.md}; a test keeps the file and the code from drifting apart.
 *
 * <pre>{@code
 * Rule negative = Rule.builder().id("myapp.births-negative").severity(Severity.ERROR)
 *     .title("Số trẻ sinh ra bị âm", "Births are negative")
 *     .message("Số trẻ sinh ra {actual} là số âm", "Births {actual} are negative")
 *     .build();
 * Validator<Integer> nonNegative = births -> births >= 0
 *     ? ValidationReport.empty()
 *     : ValidationReport.of(negative.finding(Subject.of("element", "births")).actual(births).build());
 * ValidationReport report = nonNegative.validate(-3);
 * report.isValid();                 // false
 * report.format(Language.EN);       // readable English text: "… [error] myapp.births-negative — element[births] …"
 * ReportFormat.csv(Language.VI).format(report);   // one row per finding, for spreadsheets
 * }</pre>
 */
package vn.danso.validation;
