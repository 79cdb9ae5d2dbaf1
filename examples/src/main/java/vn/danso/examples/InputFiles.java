package vn.danso.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files named on a command line (tệp đầu vào) and turns whatever keeps one from being used into an
 * {@link InputException} that names the file and says what is wrong in the reader's language: not there, a
 * directory, unreadable, not JSON (with the line and column, never the parser's own text), or a file of the wrong kind
 * (a 2025 mapping given as the unit list, or the reverse).
 */
final class InputFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a JSON file on the command line is meant to be. */
  enum JsonKind {
    /** The statistics office's unit list ({@link GsoExport}). */
    UNIT_LIST,
    /** The 2025 old-to-new mapping ({@link Mapping2025}). */
    MAPPING
  }

  private InputFiles() {}

  /**
   * Returns every byte of a file.
   *
   * @throws InputException if the file is missing, a directory or cannot be read
   */
  static byte[] read(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file + " là một thư mục, không phải tệp", file + " is a directory, not a file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("Không có tệp " + file, "No such file: " + file);
    } catch (AccessDeniedException e) {
      throw new InputException("Không được phép đọc tệp " + file, "Not allowed to read " + file);
    } catch (IOException e) {
      throw new InputException("Không đọc được tệp " + file + " (" + e.getClass().getSimpleName() + ")",
          "Cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Returns a text file as a string: UTF-8, with or without the byte-order mark some editors write, or UTF-16 with
   * its byte-order mark (what Windows Notepad saves as "Unicode"); the mark itself is dropped.
   *
   * @param whatVi what the file is meant to hold, in Vietnamese ("tệp quy tắc")
   * @param whatEn the same in English ("rule file")
   * @throws InputException if the file is missing, a directory, unreadable or in neither encoding
   */
  static String text(Path file, String whatVi, String whatEn) {
    return decode(read(file)).orElseThrow(() -> new InputException(
        file + " không phải văn bản UTF-8: hãy lưu " + whatVi + " dạng UTF-8",
        file + " is not UTF-8 text: save the " + whatEn + " as UTF-8"));
  }

  /**
   * Decodes the bytes of a text file as {@link #text} does, or empty when they are neither UTF-8 nor UTF-16 with a
   * byte-order mark.
   */
  static java.util.Optional<String> decode(byte[] bytes) {
    boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
    boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    java.nio.charset.Charset charset = bigEndian ? StandardCharsets.UTF_16BE
        : littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    int skip = bigEndian || littleEndian ? 2 : 0;
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
  }

  /**
   * Returns the bytes of a JSON file, having checked that it is JSON and of the kind expected.
   *
   * @throws InputException if it cannot be read, is not JSON, or is of the other kind
   */
  static byte[] json(Path file, JsonKind expected) {
    byte[] bytes = read(file);
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr();
      throw new InputException(file + " không phải JSON (lỗi ở dòng:cột " + where + ")",
          file + " is not JSON (error at line:column " + where + ")");
    } catch (IOException e) {
      throw new InputException("Không đọc được tệp " + file, "Cannot read " + file);
    }
    if (root == null || root.isMissingNode()) {
      throw new InputException("Tệp " + file + " trống", file + " is empty");
    }
    JsonKind actual = kind(root);
    if (actual != null && actual != expected) {
      throw expected == JsonKind.UNIT_LIST
          ? new InputException(file + " là bảng chuyển đổi 2025 (có \"merges\"/\"splits\"), không phải danh mục đơn vị: "
              + "cho danh mục trước, bảng chuyển đổi sau",
              file + " is a 2025 mapping (it has \"merges\"/\"splits\"), not the unit list: give the unit list first, "
              + "then the mapping")
          : new InputException(file + " là danh mục đơn vị, không phải bảng chuyển đổi 2025 (không có \"merges\" hay "
              + "\"splits\")", file + " is a unit list, not a 2025 mapping (it has no \"merges\" or \"splits\")");
    }
    return bytes;
  }

  /** The kind a parsed file looks like, judged by its first province; null when it says nothing. */
  private static JsonKind kind(JsonNode root) {
    JsonNode data = root.get("data");
    if (data == null || !data.isArray() || data.isEmpty() || !data.get(0).isObject()) {
      return null;
    }
    JsonNode first = data.get(0);
    if (first.has("merges") || first.has("splits")) {
      return JsonKind.MAPPING;
    }
    return first.has("level2s") || first.has("type") ? JsonKind.UNIT_LIST : null;
  }
}
