package vn.danso.examples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of hostile loader inputs: files in the shape each loader reads, built from real-looking parts (codes,
 * names, types, periods, numbers as the statistics office and provinces write them), with values of the wrong JSON
 * type, numbers at and beyond the edges, long runs of combining marks, a byte-order mark, content after the document,
 * and random edits of the text that break its syntax.
 */
final class LoaderInputs {
  /** What a JSON field may hold instead of the text it should: every JSON type, and numbers at the edges. */
  private static final List<String> WRONG_VALUES = List.of("null", "true", "{}", "[]", "1e308", "-1", "1.5", "0",
      "1" + "0".repeat(399), "\"\"", "\" \"", "\"\\u0000\"", "\"\\uD800\"", "-0", "1E2", "123456");
  private static final List<String> GARBAGE = List.of(" ]]", "\n{\"data\":[]}", "x", "\u0000", ",", "}", "\n\n1e308",
      " // comment", "\uFEFF");
  private static final String STRUCTURE = "{}[]:,\"0123456789e.-\\ \n";

  static final List<String> PROVINCE_NAMES = List.of("Tỉnh Kiên Giang", "Thành phố Hà Nội", "Tỉnh An Giang",
      "Thành phố Huế", "TỈNH CÀ MAU", "Tinh Kien Giang");
  static final List<String> DISTRICT_NAMES = List.of("Huyện An Minh", "Quận Ba Đình", "Thị xã Hà Tiên",
      "Thành phố Rạch Giá", "Huyện Phú Quốc");
  static final List<String> COMMUNE_NAMES = List.of("Xã Đông Thạnh", "Phường Phúc Xá", "Thị trấn Thứ Mười Một",
      "Xã Vân Khánh Đông", "Đặc khu Phú Quốc", "Phường Ba Đình", "Xã  Hoà Bình");
  static final List<String> PROVINCE_CODES = List.of("91", "01", "89", "46", "96", "26", "25", "00");
  static final List<String> DISTRICT_CODES = List.of("909", "001", "903", "318", "912");
  static final List<String> COMMUNE_CODES = List.of("31018", "00001", "00004", "31021", "11948", "00008");

  private LoaderInputs() {}

  // ---------------------------------------------------------------------------------------------- JSON

  /** A JSON string of the text, escaped as JSON requires. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A field's value: usually the text given, sometimes a JSON number of it, a wrong type or an edge number. */
  static String value(SplittableRandom r, String text) {
    int kind = r.nextInt(100);
    if (kind < 75) {
      return quoted(text);
    }
    if (kind < 85 && text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
      String number = text.replaceFirst("^0+(?=.)", "");
      return number;
    }
    if (kind < 95) {
      return WRONG_VALUES.get(r.nextInt(WRONG_VALUES.size()));
    }
    return quoted(text(r, text));
  }

  /** A name or code as text: as given, or mangled as outside text is. */
  static String text(SplittableRandom r, String base) {
    switch (r.nextInt(8)) {
      case 0:
        return base + "\u0301".repeat(r.nextInt(50) == 0 ? 100_000 : 1 + r.nextInt(40));
      case 1:
        return "\u200B" + base + "\u200E";
      case 2:
        return base.toUpperCase(java.util.Locale.ROOT) + "  ";
      case 3:
        return java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD);
      case 4:
        return base.repeat(1 + r.nextInt(5));
      case 5:
        return "";
      case 6:
        return codePoints(r, 1 + r.nextInt(12));
      default:
        return base;
    }
  }

  /** Random code points, surrogates and marks included. */
  static String codePoints(SplittableRandom r, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      switch (r.nextInt(4)) {
        case 0:
          out.append((char) (0xD800 + r.nextInt(0x800)));
          break;
        case 1:
          out.append((char) (0x0300 + r.nextInt(0x70)));
          break;
        case 2:
          out.append((char) (0x20 + r.nextInt(0x5F)));
          break;
        default:
          out.appendCodePoint(r.nextInt(0x110000));
      }
    }
    return out.toString();
  }

  /** An object of the given fields; each may be left out, and fields in any order. */
  static String object(SplittableRandom r, String... keysAndValues) {
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (r.nextInt(30) == 0) {
        continue;
      }
      out.append(first ? "" : ",").append('"').append(keysAndValues[i]).append("\":").append(keysAndValues[i + 1]);
      first = false;
    }
    return out.append('}').toString();
  }

  /** An array of generated elements, sometimes a wrong type in its place. */
  static String array(SplittableRandom r, int max, java.util.function.Function<SplittableRandom, String> element) {
    if (r.nextInt(40) == 0) {
      return WRONG_VALUES.get(r.nextInt(WRONG_VALUES.size()));
    }
    StringBuilder out = new StringBuilder("[");
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ",").append(r.nextInt(50) == 0 ? WRONG_VALUES.get(r.nextInt(WRONG_VALUES.size()))
          : element.apply(r));
    }
    return out.append(']').toString();
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** The document wrapped as a file: sometimes a byte-order mark, content after it, or edits that break it. */
  static String file(SplittableRandom r, String document) {
    StringBuilder out = new StringBuilder();
    if (r.nextInt(20) == 0) {
      out.append('\uFEFF');
    }
    out.append(document);
    if (r.nextInt(20) == 0) {
      out.append(pick(r, GARBAGE));
    }
    if (r.nextInt(10) == 0) {
      for (int e = 1 + r.nextInt(3); e > 0; e--) {
        int at = r.nextInt(out.length() + 1);
        switch (r.nextInt(3)) {
          case 0:
            out.insert(at, STRUCTURE.charAt(r.nextInt(STRUCTURE.length())));
            break;
          case 1:
            if (at < out.length()) {
              out.deleteCharAt(at);
            }
            break;
          default:
            out.setLength(at);
        }
      }
    }
    return out.toString();
  }

  /** The statistics office's unit list export: provinces, their districts, their communes. */
  static String gsoExport(SplittableRandom r) {
    return file(r, "{\"data\":" + array(r, 3, LoaderInputs::gsoProvince) + "}");
  }

  private static String gsoProvince(SplittableRandom r) {
    return object(r, "level1_id", value(r, pick(r, PROVINCE_CODES)), "name", value(r, pick(r, PROVINCE_NAMES)),
        "type", value(r, pick(r, List.of("Tỉnh", "Thành phố Trung ương", "tinh", "Quận"))),
        "level2s", array(r, 3, LoaderInputs::gsoDistrict));
  }

  private static String gsoDistrict(SplittableRandom r) {
    return object(r, "level2_id", value(r, pick(r, DISTRICT_CODES)), "name", value(r, pick(r, DISTRICT_NAMES)),
        "type", value(r, pick(r, List.of("Huyện", "Quận", "Thị xã", "Thành phố", "Xã"))),
        "level3s", array(r, 3, LoaderInputs::gsoCommune));
  }

  private static String gsoCommune(SplittableRandom r) {
    return object(r, "level3_id", value(r, pick(r, COMMUNE_CODES)), "name", value(r, pick(r, COMMUNE_NAMES)),
        "type", value(r, pick(r, List.of("Xã", "Phường", "Thị trấn", "Huyện", "Đặc khu"))));
  }

  /** The 2025 mapping, as {@code merges.json} or as {@code splits.json}. */
  static String mapping(SplittableRandom r) {
    String data = r.nextBoolean() ? array(r, 3, LoaderInputs::mergesProvince)
        : array(r, 3, LoaderInputs::splitsProvince);
    return file(r, "{\"data\":" + data + "}");
  }

  private static String mergesProvince(SplittableRandom r) {
    return object(r, "level1_id", value(r, pick(r, PROVINCE_CODES)),
        "merges", array(r, 3, m -> object(m, "old_id", value(m, pick(m, PROVINCE_CODES)))),
        "level2s", array(r, 4, LoaderInputs::mergesCommune));
  }

  private static String mergesCommune(SplittableRandom r) {
    return object(r, "level2_id", value(r, pick(r, COMMUNE_CODES)), "name", value(r, pick(r, COMMUNE_NAMES)),
        "merges", array(r, 3, m -> object(m, "old_id", value(m, pick(m, COMMUNE_CODES)),
            "name", value(m, pick(m, COMMUNE_NAMES)),
            "type", value(m, pick(m, List.of("full", "partial", "Full", "whole"))))));
  }

  private static String splitsProvince(SplittableRandom r) {
    return object(r, "level1_id", value(r, pick(r, PROVINCE_CODES)),
        "splits", array(r, 2, s -> object(s, "new_id", value(s, pick(s, PROVINCE_CODES)),
            "name", value(s, pick(s, PROVINCE_NAMES)))),
        "level2s", array(r, 2, u -> splitsUnit(u, "level2_id", DISTRICT_CODES, DISTRICT_NAMES)),
        "level3s", array(r, 3, u -> splitsUnit(u, "level3_id", COMMUNE_CODES, COMMUNE_NAMES)));
  }

  private static String splitsUnit(SplittableRandom r, String idField, List<String> codes, List<String> names) {
    return object(r, idField, value(r, pick(r, codes)), "name", value(r, pick(r, names)),
        "splits", array(r, 2, s -> object(s, "new_id", value(s, pick(s, COMMUNE_CODES)),
            "name", value(s, pick(s, COMMUNE_NAMES)))));
  }

  // ---------------------------------------------------------------------------------------------- CSV

  private static final List<String> UNITS = List.of("909", "91", "31018", "00001", "1", "9090", "");
  private static final List<String> PERIODS = List.of("2023", "2023Q1", "2023-01", "2021-2025", "2020q3", "23",
      "2023-13", "");
  private static final List<String> KEYS = List.of("births", "births[male]", "births[female]", "SRB",
      "population.average", "births[", "[male]", "");
  private static final List<String> NUMBERS = List.of("1073", "100.6", "-3", "1.073", "NaN", "Infinity",
      "-Infinity", "1e308", "1" + "0".repeat(399), ".5", "1,5", "", "0.1234567891", "1" + "0".repeat(309),
      "-0", "1.000.000");

  /** A file of figures for {@code validate}: rows of unit, period, key, value and decimals, as bytes. */
  static byte[] valuesCsv(SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    // One file in eight as a spreadsheet in a Vietnamese locale saves it: semicolons, decimal commas.
    String separator = r.nextInt(8) == 0 ? ";" : ",";
    if (r.nextInt(3) == 0) {
      text.append(String.join(separator, "unit", "period", "key", "value", "decimals")).append('\n');
    }
    int rows = r.nextInt(6);
    for (int i = 0; i < rows; i++) {
      switch (r.nextInt(12)) {
        case 0:
          text.append("# comment ").append(pick(r, COMMUNE_NAMES)).append('\n');
          break;
        case 1:
          text.append('\n');
          break;
        default:
          int columns = r.nextInt(10) == 0 ? r.nextInt(8) : 4 + r.nextInt(2);
          String[] cells = {cell(r, UNITS), cell(r, PERIODS), cell(r, KEYS), cell(r, NUMBERS),
              cell(r, List.of("0", "1", "9", "10", "-1", "x", ""))};
          if (separator.equals(";") && r.nextBoolean()) {
            cells[3] = cells[3].replace('.', ',');
          }
          for (int c = 0; c < columns; c++) {
            text.append(c == 0 ? "" : separator).append(c < cells.length ? cells[c] : "extra");
          }
          text.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
      }
    }
    String edited = r.nextInt(10) == 0 ? mutateCsv(r, text.toString()) : text.toString();
    byte[] bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (r.nextInt(10) == 0) {
      bytes = withBadBytes(r, bytes);
    }
    if (r.nextInt(20) == 0) {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] out = new byte[bytes.length + 3];
      System.arraycopy(bom, 0, out, 0, 3);
      System.arraycopy(bytes, 0, out, 3, bytes.length);
      bytes = out;
    }
    return bytes;
  }

  private static String cell(SplittableRandom r, List<String> values) {
    String value = pick(r, values);
    switch (r.nextInt(15)) {
      case 0:
        return "\"" + value + "\"";
      case 1:
        return " " + value + " ";
      case 2:
        return text(r, value).replace("\n", "");
      default:
        return value;
    }
  }

  private static final List<String> JSON_NUMBERS = List.of("1073", "100.6", "-3", "1e999999999", "1E-999999999",
      "1e308", "1e400", "0.1e-400", "123456789012345678901234567890", "-0.0", "1" + "0".repeat(500), "NaN");

  /** Figures as the service receives them: a values array of objects, fields right, wrong or extreme. */
  static byte[] valuesJson(SplittableRandom r) {
    String values = array(r, 6, e -> object(e,
        "unit", value(e, pick(e, UNITS)),
        "period", value(e, pick(e, List.of("2023", "2023Q1", "2023-01", "2021-2025", "2023-13"))),
        "key", value(e, pick(e, List.of("births", "births[male]", "SRB", "birth s"))),
        "value", e.nextInt(3) == 0 ? quoted(pick(e, JSON_NUMBERS)) : pick(e, JSON_NUMBERS),
        "decimals", pick(e, List.of("1", "0", "10", "\"x\"", "null"))));
    String text = r.nextInt(20) == 0 ? values : "{\"values\":" + values + "}";
    return file(r, text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static final List<String> GSO_HEADERS = List.of(
      "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh",
      "Mã TP,Tỉnh / Thành phố,Mã QH,Quận / Huyện,Mã PX,Phường / Xã,CẤP",
      "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Cấp",
      "unit,period,key,value");
  private static final List<String[]> GSO_PROVINCES = List.of(new String[] {"Thành phố Hà Nội", "01"},
      new String[] {"Tỉnh Kiên Giang", "91"}, new String[] {"Thành phố Hồ Chí Minh", "79"},
      new String[] {"Tỉnh Hà Giang", "02"}, new String[] {"Tỉnh Không Có", "99"});
  private static final List<String[]> GSO_DISTRICTS = List.of(new String[] {"Quận Ba Đình", "001"},
      new String[] {"Huyện An Minh", "909"}, new String[] {"Thành phố Thủ Đức", "769"},
      new String[] {"Huyện Bạch Long Vĩ", "318"}, new String[] {"Thị xã Lạ", "1"});
  private static final List<String[]> GSO_COMMUNES = List.of(new String[] {"Phường Phúc Xá", "00001", "Phường"},
      new String[] {"Xã Đông Thạnh", "31021", "Xã"}, new String[] {"Thị trấn Thứ Mười Một", "31015", "Thị trấn"},
      new String[] {"", "", "Huyện"}, new String[] {"Xã Lạ", "6", "Xa"}, new String[] {"Phường X", "0000X", ""});

  private static final List<String> NOTES = List.of("Nhập toàn bộ", "Nhập một phần", "Giữ nguyên",
      "Nhập một phần diện tích, toàn bộ dân số", "Sắp xếp toàn bộ huyện Lý Sơn thành đặc khu Lý Sơn", "Sáp nhập", "");
  private static final List<String> CONVERSION_ROWS = List.of(
      "Thành phố Hà Nội (01)|Phường Ba Đình|00004|Phường Trúc Bạch|00004|Quận Ba Đình (001)|Thành phố Hà Nội (01)",
      "Thành phố Hà Nội (01)|Phường Ba Đình|00004|Phường Ngọc Hà|00016|Quận Ba Đình (001)|Thành phố Hà Nội (01)",
      "Tỉnh Quảng Ngãi (51)|Đặc khu Lý Sơn|21548|||Huyện Lý Sơn (536)|Tỉnh Quảng Ngãi (51)",
      "Tỉnh An Giang (91)|Xã An Minh|31018|Xã An Minh|31018|Huyện An Minh (909)|Tỉnh Kiên Giang (91)",
      "Tỉnh An Giang (91)|Xa Ea Kly|24496|Xã Ea Kly|24496|Huyện Krông Pắc (645)|Tỉnh Đắk Lắk (66)",
      "Tỉnh Tây Ninh|Phường Long An|27694|Phường 4|27691|Thành phố Tân An (794)|Tỉnh Long An (80)",
      "Tỉnh Ninh Bình (37)|Xã Kim Đông|14698|Khu vực bãi bồi|1|Huyện Kim Sơn (376)|Tỉnh Ninh Bình (37)");

  /** The statistics office's conversion table: title and header rows, sections, rows mixed and mangled. */
  static byte[] conversionTable(SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    if (r.nextBoolean()) {
      text.append("Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,\n");
    }
    if (r.nextInt(20) != 0) {
      text.append("\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,\n");
    }
    int rows = r.nextInt(10);
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(8) == 0) {
        text.append(pick(r, List.of("THÀNH PHỐ HÀ NỘI  ,,,,,,,,\n", "\n", "AN GIANG\n")));
        continue;
      }
      String[] parts = pick(r, CONVERSION_ROWS).split("\\|", -1);
      String[] cells = {parts[0], parts[1], parts[2], parts[3], parts[4], pick(r, NOTES), parts[5], parts[6], ""};
      int columns = r.nextInt(10) == 0 ? r.nextInt(cells.length + 2) : cells.length;
      for (int c = 0; c < columns; c++) {
        String cell = c < cells.length ? cells[c] : "extra";
        cell = r.nextInt(8) == 0 ? text(r, cell) : r.nextInt(20) == 0 ? cell + "\n" : cell;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
        text.append(c == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      text.append('\n');
    }
    String edited = r.nextInt(10) == 0 ? mutateCsv(r, text.toString()) : text.toString();
    return edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The statistics office's flat table: a header (sometimes of another file), rows mixed and mangled. */
  static byte[] gsoCsv(SplittableRandom r) {
    StringBuilder text = new StringBuilder(pick(r, GSO_HEADERS)).append('\n');
    boolean shuffled = text.charAt(0) == 'M';
    int rows = r.nextInt(8);
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(15) == 0) {
        text.append('\n');
        continue;
      }
      String[] province = pick(r, GSO_PROVINCES);
      String[] district = pick(r, GSO_DISTRICTS);
      String[] commune = pick(r, GSO_COMMUNES);
      String[] cells = shuffled
          ? new String[] {province[1], province[0], district[1], district[0], commune[1], commune[0], commune[2]}
          : new String[] {province[0], province[1], district[0], district[1], commune[0], commune[1], commune[2],
              ""};
      int columns = r.nextInt(10) == 0 ? r.nextInt(cells.length + 2) : cells.length;
      for (int c = 0; c < columns; c++) {
        String cell = c < cells.length ? cells[c] : "extra";
        cell = r.nextInt(6) == 0 ? text(r, cell) : cell;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
            || r.nextInt(10) == 0;
        text.append(c == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      text.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    String edited = r.nextInt(10) == 0 ? mutateCsv(r, text.toString()) : text.toString();
    byte[] bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return r.nextInt(10) == 0 ? withBadBytes(r, bytes) : bytes;
  }

  private static String mutateCsv(SplittableRandom r, String text) {
    StringBuilder out = new StringBuilder(text);
    String structure = ",\"\n\r# \\";
    for (int e = 1 + r.nextInt(3); e > 0; e--) {
      int at = r.nextInt(out.length() + 1);
      if (r.nextBoolean() || at == out.length()) {
        out.insert(at, structure.charAt(r.nextInt(structure.length())));
      } else {
        out.deleteCharAt(at);
      }
    }
    return out.toString();
  }

  private static byte[] withBadBytes(SplittableRandom r, byte[] bytes) {
    byte[] bad = {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xF4};
    int at = r.nextInt(bytes.length + 1);
    byte[] out = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, out, 0, at);
    out[at] = bad[r.nextInt(bad.length)];
    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
    return out;
  }

  // ---------------------------------------------------------------------------------------------- PX tables

  private static final List<String> ROW_NAMES = List.of("\" WHOLE COUNTRY\"", "\"Red River Delta\"", "\"Ha Noi\"",
      "\"Kien Giang\"", "\"Hue\"", "\"Ha Tay\"", "\"Ho Chi Minh city\"", "\"Ba Ria - Vung Tau\"", "\"Ben  Tre\"",
      "\"Atlantis\"", "\"\"", "Ha Noi", "\"Can Tho\"");
  private static final List<String> FIGURES = List.of("13.49", "5.64", "7.85", "-0.94", "..", "", "1e308",
      "1e-20", "1" + "0".repeat(399), "abc", "1e999999999", "3e947652617", ".1000000000", "8253.5", "0", "NaN");

  /** A table of crude rates or of average population as the statistics office's site exports it. */
  static String pxTable(SplittableRandom r, boolean rates) {
    StringBuilder text = new StringBuilder();
    if (r.nextInt(20) == 0) {
      text.append('\uFEFF');
    }
    text.append(rates ? "\"Crude birth rate, crude death rate and natural increase rate by province\"\n\n"
        : "\"Area, population and population density by province\"\n\n");
    String header = rates ? "\"Cities, provincies\",\"Crude birth rate 2024\",\"Crude death rate 2024\","
        + "\"Natural increase rate 2024\"" : "\"Cities, provincies\",\"2024 Average population (Thous. pers.)\"";
    int columns = rates ? 3 : 1;
    if (r.nextInt(15) != 0) {
      text.append(header).append('\n');
    }
    int rows = r.nextInt(8);
    for (int i = 0; i < rows; i++) {
      text.append(pick(r, ROW_NAMES));
      int cells = r.nextInt(15) == 0 ? r.nextInt(6) : columns;
      for (int c = 0; c < cells; c++) {
        text.append(',').append(r.nextInt(10) == 0 ? text(r, pick(r, FIGURES)).replace("\n", "")
            : pick(r, FIGURES));
      }
      text.append(r.nextInt(10) == 0 ? "\n\n" : "\n");
    }
    return r.nextInt(10) == 0 ? mutateCsv(r, text.toString()) : text.toString();
  }
}
