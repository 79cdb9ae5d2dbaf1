package vn.danso.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * What the JSON loaders share: reading required fields of a parsed document and reporting, with its JSON path, every
 * node whose shape is not what the format says ({@code loader.shape}), instead of stopping at the first.
 */
final class JsonReader {
  /** Configured once and shared: a mapper is thread-safe once built, and costly to build per file. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ValidationReport.Builder report;

  JsonReader(ValidationReport.Builder report) {
    this.report = report;
  }

  /** True if the node is an object; otherwise reports it and returns false. */
  boolean isObject(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      shape(path, "không phải đối tượng JSON", "not a JSON object");
      return false;
    }
    return true;
  }

  /**
   * Reads one JSON document; content after it (a second document, stray characters) is reported, not ignored.
   *
   * @param in the input
   * @return the document, or null if the input is empty
   * @throws IOException if the input does not start with a JSON document
   */
  JsonNode document(InputStream in) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      JsonNode root = MAPPER.readTree(parser);
      long line = parser.currentLocation().getLineNr();
      try {
        if (parser.nextToken() != null) {
          line = parser.currentLocation().getLineNr();
          trailing(line);
        }
      } catch (JsonProcessingException e) {
        trailing(line);
      }
      return root;
    }
  }

  private void trailing(long line) {
    shape("$", "có nội dung sau tài liệu JSON (dòng " + line + "), phần đó",
        "content after the JSON document (line " + line + "), that part");
  }

  /**
   * The code in a required field: its text, or an integral JSON number written with the level's number of digits
   * (leading zeros restored), which is reported ({@code loader.code-number}) but read.
   */
  String code(JsonNode node, String field, String path, int digits) {
    JsonNode value = node.get(field);
    if (value != null && value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0
        && String.valueOf(value.asLong()).length() <= digits) {
      String code = "0".repeat(digits - String.valueOf(value.asLong()).length()) + value.asLong();
      report.add(LoaderRules.CODE_NUMBER.finding(Subject.of("json", path)).arg("path", path).arg("field", field)
          .expected(code).actual(value.toString()).build());
      return code;
    }
    return text(node, field, path);
  }

  /** The text of a required field of an object, or null (reported). */
  String text(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value != null && value.isNumber()) {
      shape(path, "trường \"" + field + "\" là số JSON " + value + ", cần chữ để giữ các số 0 đầu",
          "field \"" + field + "\" is the JSON number " + value + "; write it as text, which keeps leading zeros");
      return null;
    }
    if (value == null || !value.isTextual()) {
      shape(path, "thiếu trường \"" + field + "\" hoặc không phải chữ", "field \"" + field + "\" missing or not text");
      return null;
    }
    return value.asText();
  }

  /** Reports a node whose shape is wrong, saying what is wrong in both languages. */
  void shape(String path, String vi, String en) {
    report.add(LoaderRules.SHAPE.finding(Subject.of("json", path)).arg("path", path)
        .actual(LocalizedText.of(vi, en)).build());
  }
}
