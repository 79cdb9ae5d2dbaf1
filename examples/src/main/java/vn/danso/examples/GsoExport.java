package vn.danso.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitName;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.text.LocalizedText;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The statistics office's unit list as its web service exports it (danh mục đơn vị hành chính, JSON):
 * {@code {"data":[{level1_id, name, type, level2s:[{level2_id, name, type, level3s:[{level3_id, name, type}]}]}]}}.
 *
 * <p>Districts and communes become rows with their JSON path as source; the library checks them. Provinces are
 * compared with the library's catalogue on the export date instead, since the catalogue knows their history. Every
 * object the loader cannot take is reported with its path; nothing is dropped silently.
 */
final class GsoExport {
  static final Map<String, UnitType> PROVINCE_TYPES = Map.of(
      "tỉnh", UnitType.TINH, "thành phố trung ương", UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
  static final Map<String, UnitType> DISTRICT_TYPES = Map.of(
      "huyện", UnitType.HUYEN, "quận", UnitType.QUAN, "thị xã", UnitType.THI_XA,
      "thành phố", UnitType.THANH_PHO_THUOC_TINH);
  static final Map<String, UnitType> COMMUNE_TYPES = Map.of(
      "xã", UnitType.XA, "phường", UnitType.PHUONG, "thị trấn", UnitType.THI_TRAN);

  private final ImmutableList.Builder<UnitRow> rows = ImmutableList.builder();
  final ValidationReport.Builder report = ValidationReport.builder();
  private final JsonReader json = new JsonReader(report);
  private int provinces;
  private int districts;
  private int communes;
  private final HierarchySnapshot catalogue;
  private final LocalDate exportDate;
  private final LocalDate lastDay;

  /** The catalogue's view of the last export date asked for: a list is read against one day, often many times. */
  private static volatile HierarchySnapshot lastView;

  GsoExport(LocalDate exportDate, LocalDate lastDay) {
    this.exportDate = exportDate;
    this.lastDay = lastDay;
    HierarchySnapshot view = lastView;
    if (view == null || !view.date().equals(exportDate)) {
      view = VietnamCatalogue.hierarchy().asOf(exportDate);
      lastView = view;
    }
    this.catalogue = view;
  }

  /**
   * Reads an export.
   *
   * @param in the JSON
   * @param exportDate the day the list describes, against which its provinces are compared
   * @param lastDay the last day of every row, or null to leave their end to events
   * @return what was read
   * @throws IOException if the input is not JSON
   */
  static GsoExport read(InputStream in, LocalDate exportDate, LocalDate lastDay) throws IOException {
    GsoExport export = new GsoExport(exportDate, lastDay);
    JsonNode root = export.json.document(in);
    JsonNode data = root == null ? null : root.get("data");
    if (data == null || !data.isArray()) {
      export.json.shape("$", "không có mảng \"data\" ở gốc", "no array \"data\" at the top");
      return export;
    }
    for (int i = 0; i < data.size(); i++) {
      export.province(data.get(i), "data[" + i + "]");
    }
    return export;
  }

  private void province(JsonNode node, String path) {
    if (!json.isObject(node, path)) {
      return;
    }
    String code = json.code(node, "level1_id", path, 2);
    String name = json.text(node, "name", path);
    if (code == null || name == null) {
      return;
    }
    UnitType type = type(node, path, PROVINCE_TYPES);
    takeProvince(code, name, type, node.path("type").asText(), Subject.of("json", path), path);
    JsonNode children = node.get("level2s");
    if (children == null || !children.isArray()) {
      json.shape(path, "không có mảng \"level2s\"", "no array \"level2s\"");
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      district(children.get(i), path + ".level2s[" + i + "]", code, type);
    }
  }

  /**
   * Counts a province and compares it with the library's catalogue on the export date.
   *
   * @param type its type, or null when the file does not say
   * @param typeText the type as the file writes it, possibly empty
   * @param label where the row is, as findings write it
   */
  void takeProvince(String code, String name, UnitType type, String typeText, Subject where, Object label) {
    provinces++;
    UnitVersion known = catalogue.unit(code).orElse(null);
    Object expected = known == null ? LocalizedText.of("(không có)", "(none)")
        : LocalizedText.of(known.fullName() + ", " + known.type().names().vi(),
            known.fullName() + ", " + known.type().names().en());
    boolean same = known != null && UnitName.matchKey(name).equals(UnitName.matchKey(known.fullName()))
        && (type == null || type == known.type());
    if (!same) {
      report.add(LoaderRules.PROVINCE_DIFFERS.finding(where).arg("path", label).arg("code", code)
          .arg("date", exportDate).expected(expected).actual(typeText.isEmpty() ? name : name + ", " + typeText)
          .build());
    }
  }

  private void district(JsonNode node, String path, String province, UnitType provinceType) {
    if (!json.isObject(node, path)) {
      return;
    }
    String code = json.code(node, "level2_id", path, 3);
    String name = json.text(node, "name", path);
    if (code == null || name == null) {
      return;
    }
    takeDistrict(code, name, type(node, path, DISTRICT_TYPES), province, provinceType, path);
    JsonNode children = node.get("level3s");
    if (children == null || !children.isArray()) {
      json.shape(path, "không có mảng \"level3s\"", "no array \"level3s\"");
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      commune(children.get(i), path + ".level3s[" + i + "]", code);
    }
  }

  private void commune(JsonNode node, String path, String district) {
    if (!json.isObject(node, path)) {
      return;
    }
    String code = json.code(node, "level3_id", path, 5);
    String name = json.text(node, "name", path);
    if (code == null || name == null) {
      return;
    }
    takeCommune(code, name, type(node, path, COMMUNE_TYPES), district, path);
  }

  /**
   * Counts a district and keeps its row.
   *
   * @param type its type, or null to read it from the name
   * @param provinceType the type of its province, or null when not known
   * @param source where the row is in the file
   */
  void takeDistrict(String code, String name, UnitType type, String province, UnitType provinceType, String source) {
    districts++;
    UnitType taken = type;
    if (type == UnitType.THANH_PHO_THUOC_TINH && provinceType == UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG) {
      // The export writes "Thành phố" for both kinds of district-level city; its parent tells them apart.
      taken = UnitType.THANH_PHO_THUOC_THANH_PHO;
    }
    rows.add(row(code, name, taken, province, source));
  }

  /**
   * Counts a commune and keeps its row.
   *
   * @param type its type, or null to read it from the name
   * @param source where the row is in the file
   */
  void takeCommune(String code, String name, UnitType type, String district, String source) {
    communes++;
    rows.add(row(code, name, type, district, source));
  }

  private UnitRow row(String code, String name, UnitType type, String parent, String path) {
    UnitRow.Builder row = UnitRow.builder().code(code).name(name).parent(parent).source(path);
    if (type != null) {
      row.type(type);
    }
    if (lastDay != null) {
      row.validThrough(lastDay);
    }
    return row.build();
  }

  /** The type the object's "type" names at a level, or null (reported) to read it from the name. */
  private UnitType type(JsonNode node, String path, Map<String, UnitType> types) {
    JsonNode value = node.get("type");
    return type(value != null && value.isTextual() ? value.asText() : "", types, Subject.of("json", path), path);
  }

  /** The type a text names among a level's types, or null (reported) to read it from the name. */
  UnitType type(String text, Map<String, UnitType> types, Subject where, Object label) {
    UnitType type = types.get(VietnameseText.matchKey(text));
    if (type == null) {
      report.add(LoaderRules.TYPE_UNKNOWN.finding(where).arg("path", label)
          .expected(String.join(", ", new java.util.TreeSet<>(types.keySet()))).actual(text).build());
    }
    return type;
  }

  /** The district and commune rows, in file order. */
  ImmutableList<UnitRow> rows() {
    return rows.build();
  }

  /** What the loader could not take or had to correct. */
  ValidationReport report() {
    return report.build();
  }

  int provinces() {
    return provinces;
  }

  int districts() {
    return districts;
  }

  int communes() {
    return communes;
  }
}
