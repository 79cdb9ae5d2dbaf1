package vn.danso.examples;

import com.fasterxml.jackson.databind.JsonNode;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * What the JSON loaders share: reading required fields of a parsed document and reporting, with its JSON path, every
 * node whose shape is not what the format says ({@code loader.shape}), instead of stopping at the first.
 */
final class JsonReader {
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

  /** The text of a required field of an object, or null (reported). */
  String text(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
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
