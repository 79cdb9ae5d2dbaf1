package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.data.DataKey;
import vn.danso.indicator.UnitOfMeasure;
import vn.danso.text.LocalizedText;

/**
 * A row of a reporting form (chỉ tiêu trong biểu): its number on the form, the data key its figures carry, its label,
 * unit, whether it is a stock or a flow, and, for an "of which" row (trong đó), the row it is part of.
 *
 * @param number the row's number as printed on the form; the parts of a row share its number
 * @param key the data key of its figures, e.g. {@code births[male]}
 * @param label what the row counts
 * @param unit the unit of its figures
 * @param measure stock at the end of the period, or flow during it
 * @param partOf the key of the row this one is a part of ("trong đó"), if any
 */
public record FormRow(String number, DataKey key, LocalizedText label, UnitOfMeasure unit, Measure measure,
    Optional<DataKey> partOf) {

  /**
   * Checks the row.
   *
   * @param number the row's number on the form
   * @param key the data key of its figures
   * @param label what the row counts
   * @param unit the unit of its figures
   * @param measure stock or flow
   * @param partOf the row it is part of, if any
   */
  public FormRow {
    checkNotNull(number, "number is null");
    checkArgument(!number.isBlank(), "number is blank: give the row's number on the form");
    checkNotNull(key, "key is null");
    checkNotNull(label, "label is null");
    checkNotNull(unit, "unit is null");
    checkNotNull(measure, "measure is null");
    checkNotNull(partOf, "partOf is null: use Optional.empty()");
    checkArgument(!partOf.equals(Optional.of(key)), "row %s is part of itself", key);
  }

  /**
   * Returns a row that is not part of another.
   *
   * @param number the row's number
   * @param key the data key, as text
   * @param vi the label in Vietnamese
   * @param en the label in English
   * @param unit the unit
   * @param measure stock or flow
   * @return the row
   * @throws IllegalArgumentException if the number is blank or the key is not a data key
   */
  public static FormRow of(String number, String key, String vi, String en, UnitOfMeasure unit, Measure measure) {
    return new FormRow(number, DataKey.parse(key), LocalizedText.of(vi, en), unit, measure, Optional.empty());
  }

  /**
   * Returns this row as an "of which" part of another row.
   *
   * @param whole the key of the row it is part of, as text
   * @return the row
   * @throws IllegalArgumentException if the text is neither an element key nor an indicator code
   */
  public FormRow partOf(String whole) {
    return new FormRow(number, key, label, unit, measure, Optional.of(DataKey.parse(whole)));
  }
}
