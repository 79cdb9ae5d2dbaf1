package vn.danso.data;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.PeriodType;

/**
 * The shape of a report, which is all its plan depends on: its keys in the order given (duplicates included), its
 * unit's level and its period's type. A shape made for a lookup reads the report's values; a kept one holds its
 * keys only.
 */
final class ReportShape {
  private final AdministrativeLevel level;
  private final PeriodType type;
  private final ImmutableList<DataValue> values;
  private final DataKey[] keys;
  private final int hash;

  ReportShape(Submission submission) {
    this.level = submission.unit().level();
    this.type = submission.period().type();
    this.values = submission.values();
    this.keys = null;
    int h = level.hashCode() * 31 + type.hashCode();
    for (int i = 0; i < values.size(); i++) {
      h = h * 31 + values.get(i).key().hashCode();
    }
    this.hash = h;
  }

  private ReportShape(ReportShape lookup) {
    this.level = lookup.level;
    this.type = lookup.type;
    this.values = null;
    this.keys = new DataKey[lookup.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = lookup.key(i);
    }
    this.hash = lookup.hash;
  }

  /** The shape to keep: the keys without the values. */
  ReportShape kept() {
    return new ReportShape(this);
  }

  private int size() {
    return keys != null ? keys.length : values.size();
  }

  private DataKey key(int i) {
    return keys != null ? keys[i] : values.get(i).key();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReportShape)) {
      return false;
    }
    ReportShape that = (ReportShape) o;
    if (hash != that.hash || level != that.level || type != that.type || size() != that.size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (!key(i).equals(that.key(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
