package vn.danso.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Coverage;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.Move;
import vn.danso.admin.NewUnit;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.Renaming;
import vn.danso.admin.TypeChange;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitName;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The old-to-new mapping of the 2025 reorganisation, as published with the new lists: {@code merges.json} (each new
 * commune with its old units, whole or partial) or {@code splits.json} (each old unit with the new ones it went into).
 * In {@code merges.json} the new communes sit under the key {@code level2s}, and five island districts appear as
 * 3-digit old codes (318 → 11948 Đặc khu Bạch Long Vĩ).
 *
 * <p>Each new commune becomes a {@link Merger} of its old units on 2025-07-01, under its new province. A new commune
 * with a single whole predecessor of the same code that went nowhere else is the same commune continuing: it becomes a
 * {@link Move} to its new province (and a renaming or type change if those changed). The new provinces themselves
 * are the library's built-in mergers; the file's are only compared with them.
 */
final class Mapping2025 {
  private static final LocalDate DAY = VietnamCatalogue.TWO_TIER_FROM;
  private static final String BASIS = "Nghị quyết 1654–1687/NQ-UBTVQH15 (16/6/2025)";

  /** A new commune as the file describes it, and where: a JSON path, or a line of a table. */
  static final class NewCommune {
    final String code;
    final String name;
    final String province;
    final Subject where;
    final String pathVi;
    final String pathEn;
    final List<Part> parts = new ArrayList<>();

    NewCommune(String code, String name, String province, String path) {
      this(code, name, province, Subject.of("json", path), path, path);
    }

    NewCommune(String code, String name, String province, Subject where, String pathVi, String pathEn) {
      this.code = code;
      this.name = name;
      this.province = province;
      this.where = where;
      this.pathVi = pathVi;
      this.pathEn = pathEn;
    }

    /** Adds an old unit, whole or in part. */
    void add(String oldCode, String oldName, Coverage coverage) {
      parts.add(new Part(oldCode, oldName, coverage));
    }
  }

  /** One old unit of a new commune. */
  private static final class Part {
    final String code;
    final String name;
    final Coverage coverage;

    Part(String code, String name, Coverage coverage) {
      this.code = code;
      this.name = name;
      this.coverage = coverage;
    }
  }

  private final Map<String, NewCommune> communes = new LinkedHashMap<>();
  private final Map<String, Integer> linksOfOld = new HashMap<>();
  private final ValidationReport.Builder report = ValidationReport.builder();
  private final JsonReader json = new JsonReader(report);
  private final ImmutableList.Builder<ReorganisationEvent> events = ImmutableList.builder();
  private int provinces;

  Mapping2025() {}

  /**
   * Reads a mapping, in either format.
   *
   * @param in the JSON
   * @return the events and the report
   * @throws IOException if the input is not JSON
   */
  static Mapping2025 read(InputStream in) throws IOException {
    Mapping2025 mapping = new Mapping2025();
    JsonNode root = mapping.json.document(in);
    JsonNode data = root == null ? null : root.get("data");
    if (data == null || !data.isArray()) {
      mapping.json.shape("$", "không có mảng \"data\" ở gốc", "no array \"data\" at the top");
      return mapping;
    }
    boolean merges = data.size() == 0 || data.get(0).has("merges");
    if (merges) {
      for (int i = 0; i < data.size(); i++) {
        mapping.mergesProvince(data.get(i), "data[" + i + "]");
      }
    } else {
      mapping.readSplits(data);
    }
    mapping.emit();
    return mapping;
  }

  // ---------------------------------------------------------------------------------------------------- merges.json

  private void mergesProvince(JsonNode node, String path) {
    if (!json.isObject(node, path)) {
      return;
    }
    String code = json.text(node, "level1_id", path);
    if (code == null) {
      return;
    }
    provinces++;
    List<String> olds = new ArrayList<>();
    JsonNode merges = node.get("merges");
    for (int k = 0; merges != null && k < merges.size(); k++) {
      String old = json.isObject(merges.get(k), path + ".merges[" + k + "]")
          ? json.text(merges.get(k), "old_id", path + ".merges[" + k + "]") : null;
      if (old != null) {
        olds.add(old);
      }
    }
    compareProvince(code, olds, path);
    JsonNode children = node.get("level2s");
    if (children == null || !children.isArray()) {
      json.shape(path, "không có mảng \"level2s\"", "no array \"level2s\"");
      return;
    }
    for (int j = 0; j < children.size(); j++) {
      String childPath = path + ".level2s[" + j + "]";
      JsonNode child = children.get(j);
      if (!json.isObject(child, childPath)) {
        continue;
      }
      String newCode = json.text(child, "level2_id", childPath);
      String name = json.text(child, "name", childPath);
      JsonNode parts = child == null ? null : child.get("merges");
      if (newCode == null || name == null) {
        continue;
      }
      if (parts == null || !parts.isArray()) {
        json.shape(childPath, "không có mảng \"merges\"", "no array \"merges\"");
        continue;
      }
      NewCommune commune = new NewCommune(newCode, name, code, childPath);
      for (int k = 0; k < parts.size(); k++) {
        String partPath = childPath + ".merges[" + k + "]";
        if (!json.isObject(parts.get(k), partPath)) {
          continue;
        }
        String old = json.text(parts.get(k), "old_id", partPath);
        String type = json.text(parts.get(k), "type", partPath);
        if (old == null || type == null) {
          continue;
        }
        Coverage coverage = type.equals("full") ? Coverage.FULL : type.equals("partial") ? Coverage.PARTIAL : null;
        if (coverage == null) {
          json.shape(partPath, "\"type\" là \"" + type + "\", cần full hoặc partial",
              "\"type\" is \"" + type + "\", expected full or partial");
          continue;
        }
        JsonNode oldName = parts.get(k).get("name");
        commune.add(old, oldName == null ? "" : oldName.asText(), coverage);
      }
      add(commune);
    }
  }

  // ---------------------------------------------------------------------------------------------------- splits.json

  private void readSplits(JsonNode data) {
    Map<String, List<String>> formedFrom = new LinkedHashMap<>();
    Map<String, String> pathOfNew = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      String path = "data[" + i + "]";
      JsonNode node = data.get(i);
      if (!json.isObject(node, path)) {
        continue;
      }
      String old = json.text(node, "level1_id", path);
      List<String[]> targets = targets(node, path);
      if (old == null || targets.size() != 1) {
        if (old != null) {
          json.shape(path, "tỉnh cũ cần đúng một tỉnh mới", "an old province needs exactly one new province");
        }
        continue;
      }
      provinces++;
      String province = targets.get(0)[0];
      formedFrom.computeIfAbsent(province, p -> new ArrayList<>()).add(old);
      pathOfNew.putIfAbsent(province, path);
      for (String key : List.of("level2s", "level3s")) {
        JsonNode units = node.get(key);
        String idField = key.equals("level2s") ? "level2_id" : "level3_id";
        for (int j = 0; units != null && j < units.size(); j++) {
          String unitPath = path + "." + key + "[" + j + "]";
          if (!json.isObject(units.get(j), unitPath)) {
            continue;
          }
          String code = json.text(units.get(j), idField, unitPath);
          JsonNode name = units.get(j) == null ? null : units.get(j).get("name");
          List<String[]> news = targets(units.get(j), unitPath);
          if (code == null || news.isEmpty()) {
            continue;
          }
          Coverage coverage = news.size() == 1 ? Coverage.FULL : Coverage.PARTIAL;
          for (String[] target : news) {
            NewCommune commune = communes.get(target[0]);
            if (commune == null) {
              commune = new NewCommune(target[0], target[1], province, unitPath);
              communes.put(target[0], commune);
            }
            commune.parts.add(new Part(code, name == null ? "" : name.asText(), coverage));
            linksOfOld.merge(code, 1, Integer::sum);
          }
        }
      }
    }
    formedFrom.forEach((province, olds) -> compareProvince(province, olds, pathOfNew.get(province)));
  }

  /** The {@code splits} of an object: pairs of new code and new name. */
  private List<String[]> targets(JsonNode node, String path) {
    List<String[]> out = new ArrayList<>();
    JsonNode splits = node == null ? null : node.get("splits");
    if (splits == null || !splits.isArray()) {
      json.shape(path, "không có mảng \"splits\"", "no array \"splits\"");
      return out;
    }
    for (int k = 0; k < splits.size(); k++) {
      if (!json.isObject(splits.get(k), path + ".splits[" + k + "]")) {
        continue;
      }
      String code = json.text(splits.get(k), "new_id", path + ".splits[" + k + "]");
      String name = json.text(splits.get(k), "name", path + ".splits[" + k + "]");
      if (code != null && name != null) {
        out.add(new String[] {code, name});
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- events

  /** Takes a new commune with its parts, unless its code was given before (reported). */
  void add(NewCommune commune) {
    NewCommune first = communes.get(commune.code);
    if (first != null) {
      shape(commune, "mã đơn vị mới \"" + commune.code + "\" đã có ở " + first.pathVi,
          "new unit code \"" + commune.code + "\" already given at " + first.pathEn);
      return;
    }
    communes.put(commune.code, commune);
    for (Part part : commune.parts) {
      linksOfOld.merge(part.code, 1, Integer::sum);
    }
  }

  private void compareProvince(String code, List<String> olds, String path) {
    compareProvince(code, olds, Subject.of("json", path), path);
  }

  /** Counts a new province and compares the old ones it is formed from with the library's catalogue. */
  void compareProvince(String code, List<String> olds, Subject where, Object label) {
    List<String> expected = predecessors(code);
    if (!new TreeSet<>(expected).equals(new TreeSet<>(olds))) {
      report.add(LoaderRules.MERGER_DIFFERS.finding(where).arg("path", label).arg("code", code)
          .expected(String.join(" + ", expected)).actual(String.join(" + ", olds)).build());
    }
  }

  /** The old provinces a new one is formed from in the library's catalogue: itself when it was not merged. */
  static List<String> predecessors(String code) {
    return VietnamCatalogue.provinceMergers().stream()
        .filter(m -> m.successor().code().value().equals(code)).findFirst()
        .map(m -> m.predecessors().stream().map(p -> p.code().value()).collect(Collectors.toList()))
        .orElse(List.of(code));
  }

  /** Makes the events of every new commune taken. */
  void emit() {
    for (NewCommune commune : communes.values()) {
      Optional<UnitCode> code = UnitCode.tryParse(commune.code);
      Optional<UnitCode> province = UnitCode.tryParse(commune.province);
      UnitName name = UnitName.parse(commune.name, AdministrativeLevel.COMMUNE);
      if (code.isEmpty() || province.isEmpty() || name.prefixTypes().size() != 1) {
        shape(commune, "mã hoặc loại (tiền tố tên) của đơn vị mới không đọc được: " + commune.code + " "
            + commune.name, "the new unit's code or type (name prefix) cannot be read: " + commune.code + " "
            + commune.name);
        continue;
      }
      UnitType type = name.prefixTypes().iterator().next();
      if (isContinuation(commune)) {
        continuation(commune, code.get(), province.get(), name, type);
        continue;
      }
      Merger.Builder merger = Merger.builder().effectiveDate(DAY).basis(BASIS)
          .successor(NewUnit.builder().code(code.get()).name(commune.name).type(type).parent(province.get()).build());
      for (Part part : commune.parts) {
        Optional<UnitCode> old = UnitCode.tryParse(part.code);
        if (old.isEmpty()) {
          shape(commune, "mã cũ \"" + part.code + "\" không đọc được", "old code \"" + part.code
              + "\" cannot be read");
          continue;
        }
        merger.addPredecessors(MergerPart.builder().code(old.get()).coverage(part.coverage).build());
      }
      try {
        events.add(merger.build());
      } catch (IllegalStateException e) {
        shape(commune, "đơn vị mới không có đơn vị cũ hợp lệ (" + e.getMessage() + ")",
            "the new unit has no valid old unit (" + e.getMessage() + ")");
      }
    }
  }

  /** A single whole predecessor with the same code that went nowhere else: the commune continues. */
  private boolean isContinuation(NewCommune commune) {
    if (commune.parts.size() != 1) {
      return false;
    }
    Part part = commune.parts.get(0);
    return part.code.equals(commune.code) && part.coverage == Coverage.FULL && linksOfOld.get(part.code) == 1;
  }

  private void continuation(NewCommune commune, UnitCode code, UnitCode province, UnitName name, UnitType type) {
    events.add(Move.builder().effectiveDate(DAY).basis(BASIS).code(code).parent(province).build());
    UnitName old = UnitName.parse(commune.parts.get(0).name, AdministrativeLevel.COMMUNE);
    boolean typeChanged = !old.prefixMatches(type);
    boolean renamed = !old.matchKey().equals(name.matchKey());
    if (typeChanged) {
      events.add(TypeChange.builder().effectiveDate(DAY).basis(BASIS).code(code).type(type)
          .name(name.properName()).build());
    } else if (renamed) {
      events.add(Renaming.builder().effectiveDate(DAY).basis(BASIS).code(code).name(name.properName()).build());
    }
  }

  // ---------------------------------------------------------------------------------------------------- findings

  private void shape(NewCommune commune, String vi, String en) {
    report.add(LoaderRules.SHAPE.finding(commune.where).arg("path", LocalizedText.of(commune.pathVi, commune.pathEn))
        .actual(LocalizedText.of(vi, en)).build());
  }

  /** Reports a row of a table that cannot be taken. */
  void shape(Subject where, Object label, String vi, String en) {
    report.add(LoaderRules.SHAPE.finding(where).arg("path", label).actual(LocalizedText.of(vi, en)).build());
  }

  /** Counts a province entry of the file. */
  void countProvince() {
    provinces++;
  }

  /** The events, in file order. */
  ImmutableList<ReorganisationEvent> events() {
    return events.build();
  }

  /** What the loader could not take. */
  ValidationReport report() {
    return report.build();
  }

  /** The new communes read. */
  int communes() {
    return communes.size();
  }

  /** The province entries read. */
  int provinces() {
    return provinces;
  }
}
