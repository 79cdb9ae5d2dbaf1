package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.UnitVersion;

/**
 * One unit of a coverage report with a cell per track (one row of the table). Immutable; compares by value.
 */
public final class CoverageRow {
  private final UnitVersion unit;
  private final ImmutableList<CoverageTrack> tracks;
  private final ImmutableList<CoverageCell> cells;

  CoverageRow(UnitVersion unit, ImmutableList<CoverageTrack> tracks, ImmutableList<CoverageCell> cells) {
    this.unit = unit;
    this.tracks = tracks;
    this.cells = cells;
  }

  /**
   * Returns the unit, as it was on the report's date.
   *
   * @return the unit
   */
  public UnitVersion unit() {
    return unit;
  }

  /**
   * Returns the cells, in the order of the report's tracks.
   *
   * @return the cells
   */
  public ImmutableList<CoverageCell> cells() {
    return cells;
  }

  /**
   * Returns the cell of a track.
   *
   * @param track one of the report's tracks
   * @return the cell
   */
  public CoverageCell cell(CoverageTrack track) {
    int i = tracks.indexOf(checkNotNull(track, "track is null"));
    checkArgument(i >= 0, "track %s is not one of the report's %s", track, tracks);
    return cells.get(i);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageRow && unit.equals(((CoverageRow) o).unit) && cells.equals(((CoverageRow) o).cells);
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + cells.hashCode();
  }

  /** Returns the unit's code and the cells. */
  @Override
  public String toString() {
    return unit.code() + " " + cells;
  }
}
