package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.Dataset;
import vn.danso.data.UnitTree;
import vn.danso.indicator.Period;

/**
 * A filled reporting form (biểu đã điền số liệu): one unit's figures for one period on a {@link ReportingForm}, a cell
 * per row and column, the whole unit's column first. Cells may be left empty; the form's rules say which must not.
 *
 * <pre>{@code
 * FormSheet sheet = FormCatalogue.builtIn().form("01-DSH")
 *     .sheet(UnitCode.of("909"), Period.quarter(2024, 1), communes)
 *     .set("births", UnitCode.of("909"), 268)
 *     .set("births", UnitCode.of("31018"), 41)     // … and the form's other rows, for each column
 *     .build();
 * ValidationReport report = FormValidator.builtIn().validate(sheet);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class FormSheet {
  private final ReportingForm form;
  private final UnitCode unit;
  private final Period period;
  private final ImmutableList<UnitCode> columns;
  private final ImmutableTable<DataKey, UnitCode, Double> cells;

  private FormSheet(Builder builder) {
    this.form = builder.form;
    this.unit = builder.unit;
    this.period = builder.period;
    this.columns = builder.columns;
    ImmutableTable.Builder<DataKey, UnitCode, Double> table = ImmutableTable.builder();
    builder.cells.forEach((cell, value) -> table.put(cell.key, cell.column, value));
    this.cells = table.build();
  }

  /**
   * Returns the form filled.
   *
   * @return the form
   */
  public ReportingForm form() {
    return form;
  }

  /**
   * Returns the unit that filled it.
   *
   * @return the unit
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the period reported.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the columns: the unit itself, then the units below it.
   *
   * @return the columns
   */
  public ImmutableList<UnitCode> columns() {
    return columns;
  }

  /**
   * Returns a cell.
   *
   * @param key the row's key
   * @param column the column's unit
   * @return the value, or empty when the cell was left empty
   */
  public OptionalDouble value(DataKey key, UnitCode column) {
    Double value = cells.get(key, column);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the figures as a dataset: one report per column.
   *
   * @return the dataset
   */
  public Dataset toDataset() {
    Dataset.Builder dataset = Dataset.builder();
    cells.cellSet().forEach(cell -> dataset.add(cell.getColumnKey(), period, cell.getRowKey(), cell.getValue()));
    return dataset.build();
  }

  /**
   * Returns the tree of the columns: the unit, and the units below it as its children.
   *
   * @return the tree
   */
  public UnitTree tree() {
    List<UnitCode> below = columns.subList(1, columns.size());
    return UnitTree.of(unit, u -> u.equals(unit) ? below : List.of());
  }

  @Override
  public String toString() {
    return "FormSheet[" + form.code() + " " + unit + "/" + period + ", " + columns.size() + " columns, "
        + cells.size() + " cells]";
  }

  private record Cell(DataKey key, UnitCode column) {}

  /** Builds a {@link FormSheet}; obtained from {@link ReportingForm#sheet}. Not thread-safe. */
  public static final class Builder {
    private final ReportingForm form;
    private final UnitCode unit;
    private final Period period;
    private final ImmutableList<UnitCode> columns;
    private final Map<Cell, Double> cells = new LinkedHashMap<>();

    Builder(ReportingForm form, UnitCode unit, Period period, ImmutableList<UnitCode> below) {
      this.form = form;
      this.unit = checkNotNull(unit, "unit is null");
      this.period = checkNotNull(period, "period is null");
      checkArgument(period.type() == form.periodType(), "form %s reports a %s, not %s",
          form.code(), form.periodType(), period);
      checkArgument(form.columns() == FormColumns.WHOLE_THEN_UNITS_BELOW || below.isEmpty(),
          "form %s has one column, the unit's: give no units below", form.code());
      checkArgument(!below.contains(unit), "%s is both the unit and a unit below it", unit);
      this.columns = ImmutableList.<UnitCode>builder().add(unit).addAll(below).build();
      checkArgument(columns.stream().distinct().count() == columns.size(), "a unit below is given twice: %s", below);
    }

    /**
     * Fills a cell.
     *
     * @param key the row's key, e.g. {@code "births[male]"}
     * @param column the column's unit
     * @param value the figure as written; NaN and infinities are kept, to be reported
     * @return this builder
     * @throws IllegalArgumentException if the form has no such row or column, or the cell is already filled
     */
    public Builder set(String key, UnitCode column, double value) {
      return set(DataKey.parse(key), column, value);
    }

    /**
     * Fills a cell.
     *
     * @param key the row's key
     * @param column the column's unit
     * @param value the figure as written
     * @return this builder
     * @throws IllegalArgumentException if the form has no such row or column, or the cell is already filled
     */
    public Builder set(DataKey key, UnitCode column, double value) {
      checkArgument(form.row(key).isPresent(), "form %s has no row %s", form.code(), key);
      checkArgument(columns.contains(column), "form %s of %s has no column %s", form.code(), unit, column);
      Double before = cells.putIfAbsent(new Cell(key, column), value);
      checkArgument(before == null, "cell %s of %s is already filled (%s)", key, column, before);
      return this;
    }

    /**
     * Returns the sheet.
     *
     * @return the sheet
     */
    public FormSheet build() {
      return new FormSheet(this);
    }
  }
}
