/**
 * Reported figures and their validation (số liệu báo cáo và kiểm tra số liệu): what a commune, district or province
 * reports, and the engine that says what is wrong with it, for one report in microseconds or for the whole nation in
 * milliseconds.
 *
 * <h2>Figures</h2>
 * <ul>
 *   <li>A {@link vn.danso.data.DataValue} is one reported figure: a {@link vn.danso.data.DataKey} (a part of a data
 *       element such as {@code births[male]}, or an indicator such as {@code SRB}), a unit, a period, the value as
 *       reported (NaN and infinities are kept, to be reported), and optionally the number of decimals it was written
 *       with.
 *   <li>A {@link vn.danso.data.Submission} is one unit's report for one period; a {@link vn.danso.data.Dataset} holds
 *       many, in columns of primitive values (about 8 bytes per value), duplicates kept aside to be reported.
 *   <li>A {@link vn.danso.data.UnitTree} is the administrative hierarchy a dataset is checked against, built from the
 *       hierarchy's view at a date ({@code UnitTree.of(UnitCode.of("VN"), snapshot::childCodes)}).
 * </ul>
 *
 * <h2>Rules</h2>
 * <p>Rules are typed, immutable values ({@link vn.danso.data.DataCheck}): {@link vn.danso.data.Required},
 * {@link vn.danso.data.InRange}, {@link vn.danso.data.WholeNonNegative}, {@link vn.danso.data.ComponentsSum},
 * {@link vn.danso.data.ComputedMatchesReported}, {@link vn.danso.data.ParentEqualsChildrenSum},
 * {@link vn.danso.data.Completeness}, {@link vn.danso.data.YearOnYearChange}, {@link vn.danso.data.PeerOutlier} and
 * {@link vn.danso.data.TargetCheck}, each with a severity and a {@link vn.danso.data.MissingValueStrategy}.
 * {@link vn.danso.data.DataCheckSet#builtIn} derives a rule set from the indicator catalogue. Rules can also be
 * written as text: an {@link vn.danso.data.ExpressionCheck} checks a condition ({@link vn.danso.data.Expression},
 * such as {@code NIR ~= CBR - CDR}, equal within the rounding of every figure) with its own id, and a
 * {@link vn.danso.data.RuleFile} reads and writes rule sets, reporting every mistake with its line and column.
 *
 * <h2>The engine</h2>
 * <p>A {@link vn.danso.data.DataValidator} compiles a rule set once. {@code validate(submission)} checks one report;
 * {@code check(dataset)} checks a dataset with loops over its columns, in parallel across provinces, and returns a
 * {@link vn.danso.data.DatasetReport} whose findings are made when asked for. For the rules that read one report,
 * both give the same findings in the same order. Bad figures are findings, never exceptions.
 *
 * <pre>{@code
 * Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))
 *     .add("births", 1073).add("births[male]", 540).add("births[female]", 535).add("SRB", 100.6, 1)
 *     .build();
 * DataValidator.builtIn().validate(anMinh);
 * // data.components.sum-mismatch: births = 1073 differs from the sum of its parts … = 1075
 * // indicator.value.reported-mismatch: SRB is reported as 100.6 but its components give 100.9 (100.9346)
 * }</pre>
 *
 * <p>Findings carry rule ids of the group {@code data} ({@link vn.danso.data.DataRules}) and, for ranges, reported
 * indicators and targets, of the group {@code indicator}.
 */
package vn.danso.data;
