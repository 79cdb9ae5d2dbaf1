package vn.danso.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;

/**
 * Reported figures as JSON (số liệu báo cáo dạng JSON), the form a service receives them in:
 * {@code {"values":[{"unit":"909","period":"2023","key":"births","value":1073}, …]}}, with an optional
 * {@code "decimals"} per value. Each value is read by the same rules as a row of {@link ValuesCsv}; one that cannot be
 * taken is reported with its path ({@code values[3]}), and the others are taken.
 */
final class ValuesJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The longest plain form of a JSON number passed on: any finite double fits. */
  private static final int MAX_PLAIN = 400;

  private ValuesJson() {}

  /**
   * Reads figures sent as JSON.
   *
   * @param bytes the JSON, UTF-8
   * @param shown how messages name the input
   * @return what was read
   * @throws InputException if the bytes are not JSON, have no {@code values} array, or it is empty
   */
  static ValuesCsv read(byte[] bytes, String shown) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new InputException(shown + " không phải JSON (lỗi ở dòng:cột " + where + ")",
          shown + " is not JSON (error at line:column " + where + ")");
    } catch (NumberFormatException e) {
      // A decimal whose exponent is past what BigDecimal holds (1E-9919999999): Jackson throws this, not a
      // JsonProcessingException.
      throw new InputException(shown + " có một số vượt quá giới hạn (số mũ quá lớn)",
          shown + " has a number out of range (its exponent is too large)");
    } catch (IOException e) {
      throw new InputException(shown + " không đọc được", shown + " cannot be read");
    }
    JsonNode values = root == null ? null : root.get("values");
    if (values == null || !values.isArray() || values.isEmpty()) {
      throw new InputException(shown + " không có mảng \"values\" nào có số liệu: {\"values\":[{\"unit\":\"909\", "
          + "\"period\":\"2023\", \"key\":\"births\", \"value\":1073}]}",
          shown + " has no \"values\" array with figures: {\"values\":[{\"unit\":\"909\", \"period\":\"2023\", "
          + "\"key\":\"births\", \"value\":1073}]}");
    }
    ValuesCsv figures = new ValuesCsv("request");
    for (int i = 0; i < values.size(); i++) {
      String path = "values[" + i + "]";
      figures.row(cells(values.get(i)), Subject.of("json", path), LocalizedText.of(path, path));
    }
    return figures;
  }

  /**
   * A scalar as a CSV cell would hold it. A decimal is written out in plain digits only while that takes at most
   * {@value #MAX_PLAIN} characters, more than any double needs: {@code 1e999999999} would be a billion digits (the
   * service ran out of memory on it), so it is passed on as written, and the row reader refuses it as no plain number.
   */
  private static String text(JsonNode node) {
    if (!node.isBigDecimal()) {
      return node.asText();
    }
    java.math.BigDecimal decimal = node.decimalValue();
    long whole = (long) decimal.precision() - decimal.scale();
    return whole > MAX_PLAIN || decimal.scale() > MAX_PLAIN ? node.toString() : decimal.toPlainString();
  }

  /** The cells of one value as a CSV row would hold them; a field that is missing or not a scalar is empty. */
  private static List<String> cells(JsonNode value) {
    List<String> cells = new ArrayList<>();
    if (value == null || !value.isObject()) {
      return cells;
    }
    for (String field : List.of("unit", "period", "key", "value")) {
      JsonNode node = value.get(field);
      cells.add(node == null || !node.isValueNode() || node.isNull() ? "" : text(node));
    }
    JsonNode decimals = value.get("decimals");
    if (decimals != null && decimals.isValueNode() && !decimals.isNull()) {
      cells.add(decimals.asText());
    }
    return cells;
  }
}
