package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.UnitVersion;

/**
 * One unit of a coverage report with a cell per track (one row of the table). Immutable; compares by value.
 *
 * @param unit the unit, as it was on the report's date
 * @param tracks the report's tracks, in order
 * @param cells the cells, in the order of the report's tracks
 */
public record CoverageRow(UnitVersion unit, ImmutableList<CoverageTrack> tracks, ImmutableList<CoverageCell> cells) {
  /**
   * Checks that every part is present and that there is one cell per track.
   *
   * @param unit the unit
   * @param tracks the report's tracks
   * @param cells one cell per track, in order
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if the cells are not one per track
   */
  public CoverageRow {
    checkNotNull(unit, "unit is null");
    checkNotNull(tracks, "tracks is null");
    checkNotNull(cells, "cells is null");
    checkArgument(tracks.size() == cells.size(), "%s cells for %s tracks: give one cell per track", cells.size(),
        tracks.size());
  }

  /**
   * Returns the cell of a track.
   *
   * @param track one of the report's tracks
   * @return the cell
   * @throws IllegalArgumentException if the track is not one of the report's
   */
  public CoverageCell cell(CoverageTrack track) {
    int i = tracks.indexOf(checkNotNull(track, "track is null"));
    checkArgument(i >= 0, "track %s is not one of the report's %s", track, tracks);
    return cells.get(i);
  }

  /** Returns the unit's code and the cells. */
  @Override
  public String toString() {
    return unit.code() + " " + cells;
  }
}
