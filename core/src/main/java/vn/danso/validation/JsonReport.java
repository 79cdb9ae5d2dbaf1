package vn.danso.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The JSON form of a {@link ValidationReport} (báo cáo kiểm tra dạng JSON), version {@value #VERSION} of the schema
 * in {@code docs/report.schema.json}. Written by hand, without a JSON library: strings are escaped as RFC 8259
 * requires (quote, backslash, control characters), and so are U+2028, U+2029 (for JavaScript readers) and a
 * surrogate without its other half; everything else, Vietnamese included, is written as it is.
 *
 * <pre>{@code
 * {"schemaVersion":"1.0","valid":false,
 *  "counts":{"total":1,"error":1,"warning":0,"info":0},
 *  "findings":[{"rule":"admin.code.format","severity":"ERROR",
 *    "subject":{"path":"unit[9091]","segments":[{"kind":"unit","key":"9091"}]},
 *    "expected":{"value":"5 chữ số","vi":"5 chữ số","en":"5 chữ số"},
 *    "actual":{"value":"9091","vi":"9091","en":"9091"},
 *    "message":{"vi":"…","en":"…"}}]}
 * }</pre>
 */
final class JsonReport {
  /** The version of the schema the output follows; a change that could break a reader changes the major number. */
  static final String VERSION = "1.0";

  private JsonReport() {}

  static String format(ValidationReport report) {
    StringBuilder out = new StringBuilder(256 + report.size() * 512);
    out.append("{\"schemaVersion\":\"").append(VERSION).append("\",\"valid\":").append(report.isValid());
    out.append(",\"counts\":{\"total\":").append(report.size());
    for (Severity severity : Severity.values()) {
      out.append(",\"").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append("\":")
          .append(report.count(severity));
    }
    out.append("},\"findings\":[");
    boolean first = true;
    for (Finding finding : report.findings()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      finding(out, finding);
    }
    return out.append("]}\n").toString();
  }

  private static void finding(StringBuilder out, Finding finding) {
    out.append("{\"rule\":");
    string(out, finding.ruleId().value());
    out.append(",\"severity\":\"").append(finding.severity().name()).append("\",\"subject\":{\"path\":");
    string(out, finding.subject().toString());
    out.append(",\"segments\":[");
    for (int i = 0; i < finding.subject().segments().size(); i++) {
      Subject.Segment segment = finding.subject().segments().get(i);
      out.append(i > 0 ? ",{\"kind\":" : "{\"kind\":");
      string(out, segment.kind());
      out.append(",\"key\":");
      string(out, segment.key());
      out.append('}');
    }
    out.append("]}");
    if (finding.expected().isPresent()) {
      out.append(",\"expected\":");
      value(out, finding.expected().get());
    }
    if (finding.actual().isPresent()) {
      out.append(",\"actual\":");
      value(out, finding.actual().get());
    }
    out.append(",\"message\":{\"vi\":");
    string(out, finding.message(Language.VI));
    out.append(",\"en\":");
    string(out, finding.message(Language.EN));
    out.append("}}");
  }

  /** A value: its machine form where it has one, and its text in each language. */
  private static void value(StringBuilder out, Object value) {
    out.append('{');
    if (!(value instanceof Localized)) {
      out.append("\"value\":");
      raw(out, value);
      out.append(',');
    }
    out.append("\"vi\":");
    string(out, ValueFormat.format(value, Language.VI));
    out.append(",\"en\":");
    string(out, ValueFormat.format(value, Language.EN));
    out.append('}');
  }

  private static void raw(StringBuilder out, Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        out.append(value instanceof Float ? new BigDecimal(Float.toString((float) d)) : BigDecimal.valueOf(d));
      } else {
        string(out, Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
      }
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Enum) {
      string(out, ((Enum<?>) value).name());
    } else {
      string(out, value.toString());
    }
  }

  /** A JSON string, escaped as RFC 8259 section 7 requires. */
  static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** A surrogate without its other half, which UTF-8 cannot carry: written as an escape so no text is lost. */
  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
