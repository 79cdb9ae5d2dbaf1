package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitVersion;
import vn.danso.text.LocalizedText;
import vn.danso.text.VietnameseText;
import vn.danso.validation.ValidationReport;

/**
 * The rows of a published provincial table matched to the units of a day: the country row, the statistics office's six
 * regions, each province by its name as printed (without tone marks, doubled spaces, "city" after it), a province that
 * no longer existed on that day, or nothing. Every row ends in one of these, and every row not taken as a province is
 * reported with its line.
 */
final class ProvinceRows {
  /** What a row is. */
  enum Kind { COUNTRY, REGION, PROVINCE, FORMER_PROVINCE, UNMATCHED, DUPLICATE }

  /** A row and what it was matched to. */
  record Match(PxTable.Row row, Kind kind, Optional<UnitCode> unit) {}

  /** The statistics office's socio-economic regions, as its English tables name them. */
  private static final ImmutableList<String> REGIONS = ImmutableList.of("red river delta",
      "northern midlands and mountain areas", "northern central area and central coastal area", "central highlands",
      "south east", "mekong river delta");

  /**
   * Names the statistics office prints that are not the unit's name on the day: Thừa Thiên Huế became Thành phố Huế
   * on 01/01/2025 (Nghị quyết 175/2024/QH15), and the office's tables relabel its earlier rows "Hue".
   */
  private static final ImmutableMap<String, String> ALIASES = ImmutableMap.of("hue", "46");

  /** Provinces that no longer exist, with what became of them. */
  private static final ImmutableMap<String, LocalizedText> FORMER = ImmutableMap.of(
      "ha tay", LocalizedText.of("sáp nhập vào Hà Nội từ 01/08/2008, Nghị quyết 15/2008/QH12",
          "merged into Hà Nội on 01/08/2008, Nghị quyết 15/2008/QH12"));

  private final ImmutableList<Match> matches;
  private final ValidationReport report;

  private ProvinceRows(ImmutableList<Match> matches, ValidationReport report) {
    this.matches = matches;
    this.report = report;
  }

  /** Matches every row of a table to the provinces of a day. */
  static ProvinceRows match(PxTable table, HierarchySnapshot day) {
    Map<String, UnitCode> provinces = new HashMap<>();
    for (UnitVersion unit : day.units(AdministrativeLevel.PROVINCE)) {
      provinces.put(key(unit.fullName()), unit.code());
      provinces.put(key(unit.name()), unit.code());
    }
    ALIASES.forEach((alias, code) -> {
      if (day.contains(code)) {
        provinces.putIfAbsent(alias, UnitCode.of(code));
      }
    });
    ImmutableList.Builder<Match> matches = ImmutableList.builder();
    ValidationReport.Builder report = ValidationReport.builder();
    Map<UnitCode, Integer> seen = new LinkedHashMap<>();
    LocalDate date = day.date();
    for (PxTable.Row row : table.rows()) {
      String key = key(row.name());
      if (key.equals("whole country")) {
        matches.add(new Match(row, Kind.COUNTRY, Optional.empty()));
      } else if (REGIONS.contains(key)) {
        matches.add(new Match(row, Kind.REGION, Optional.empty()));
      } else if (provinces.containsKey(key)) {
        UnitCode code = provinces.get(key);
        Integer first = seen.putIfAbsent(code, row.line());
        if (first == null) {
          matches.add(new Match(row, Kind.PROVINCE, Optional.of(code)));
        } else {
          matches.add(new Match(row, Kind.DUPLICATE, Optional.of(code)));
          report.add(TableRules.ROW_DUPLICATE.finding(PxTable.subject(table.file(), row.line())).actual(row.name())
              .arg("file", table.file()).arg("line", row.line()).arg("code", code.value()).arg("first", first)
              .build());
        }
      } else if (FORMER.containsKey(key)) {
        matches.add(new Match(row, Kind.FORMER_PROVINCE, Optional.empty()));
        report.add(TableRules.ROW_FORMER_PROVINCE.finding(PxTable.subject(table.file(), row.line()))
            .actual(row.name().strip()).arg("file", table.file()).arg("line", row.line()).arg("date", date)
            .arg("note", FORMER.get(key)).build());
      } else {
        matches.add(new Match(row, Kind.UNMATCHED, Optional.empty()));
        report.add(TableRules.ROW_UNMATCHED.finding(PxTable.subject(table.file(), row.line()))
            .actual(row.name().strip()).arg("file", table.file()).arg("line", row.line()).arg("date", date).build());
      }
    }
    return new ProvinceRows(matches.build(), report.build());
  }

  /**
   * The key a name is matched under: tone marks, case, doubled spaces and dashes folded, "city" and the type words
   * dropped ("Ho Chi Minh city", "Thành phố Hồ Chí Minh" and "Hồ Chí Minh" share one).
   */
  static String key(String name) {
    String key = VietnameseText.removeDiacritics(VietnameseText.matchKey(name)).toLowerCase(Locale.ROOT)
        .replace('-', ' ').replaceAll("\\s+", " ").strip();
    for (String prefix : new String[] {"thanh pho ", "tinh "}) {
      if (key.startsWith(prefix)) {
        key = key.substring(prefix.length());
      }
    }
    return key.endsWith(" city") ? key.substring(0, key.length() - " city".length()) : key;
  }

  /** Every row, in file order, with what it was matched to. */
  ImmutableList<Match> matches() {
    return matches;
  }

  /** The rows matched to a province, by province. */
  ImmutableMap<UnitCode, PxTable.Row> provinces() {
    ImmutableMap.Builder<UnitCode, PxTable.Row> provinces = ImmutableMap.builder();
    matches.stream().filter(m -> m.kind() == Kind.PROVINCE)
        .forEach(m -> provinces.put(m.unit().orElseThrow(), m.row()));
    return provinces.build();
  }

  /** The country row, if the table has one. */
  Optional<PxTable.Row> country() {
    return matches.stream().filter(m -> m.kind() == Kind.COUNTRY).map(Match::row).findFirst();
  }

  /** How many rows are of a kind. */
  long count(Kind kind) {
    return matches.stream().filter(m -> m.kind() == kind).count();
  }

  /** The rows not taken as provinces, reported. */
  ValidationReport report() {
    return report;
  }
}
