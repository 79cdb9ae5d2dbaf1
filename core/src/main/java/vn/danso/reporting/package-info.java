/**
 * The official reporting regime of the population sector (chế độ báo cáo thống kê chuyên ngành dân số): the forms
 * communes and districts fill under Thông tư 01/2022/TT-BYT, when they are due, Vietnam's working days and public
 * holidays, and who reported late.
 *
 * <h2>Working days and deadlines</h2>
 * <ul>
 *   <li>{@link vn.danso.reporting.Holiday} is a public holiday of Bộ luật Lao động 2019, Điều 112;
 *       {@link vn.danso.reporting.SpecialDay} a holiday, a compensatory day off, a swapped day off or a Saturday worked
 *       in exchange, each with its source; {@link vn.danso.reporting.WorkingCalendar} the working days of the years it
 *       covers; {@link vn.danso.reporting.VietnamHolidays} the statutory and the civil service's calendars of 2024–2026,
 *       from the announcements of each year.
 *   <li>{@link vn.danso.reporting.Deadline} is a due date in working days (communes: the 5th working day after the
 *       period) or calendar days (district form 01-DSH: 15 days after the quarter, moved off a day off).
 *   <li>{@link vn.danso.reporting.Timeliness} says who reported late, by how many working days, and who is overdue
 *       ({@code reporting.timeliness.*}), alongside the completeness check of {@code vn.danso.data}.
 * </ul>
 *
 * <h2>Forms</h2>
 * <p>A {@link vn.danso.reporting.ReportingForm} is a form as a data set: code, who fills it, period type, deadline,
 * rows (data keys with their units, stock or flow, "of which" parts) and columns (the whole unit, then one per unit
 * below), and the rules the form implies, as typed rules of {@code vn.danso.data}.
 * {@link vn.danso.reporting.FormCatalogue#builtIn()} holds the forms that could be sourced (01-DSH and 03-DSX, and
 * what the library assumes after the district level ended on 01/07/2025); a {@link vn.danso.reporting.FormSheet} is a
 * filled form and {@link vn.danso.reporting.FormValidator} checks it.
 *
 * <p>Findings carry rule ids of the group {@code reporting} ({@link vn.danso.reporting.ReportingRules}) and of the data
 * engine's groups.
 */
package vn.danso.reporting;
