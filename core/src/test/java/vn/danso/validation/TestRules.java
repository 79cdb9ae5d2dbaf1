package vn.danso.validation;

/** Rules used only by the kernel's own tests. */
final class TestRules {
  static final Rule CODE_FORMAT =
      Rule.builder()
          .id("test.code-format")
          .severity(Severity.ERROR)
          .title("Mã sai định dạng", "Malformed code")
          .message("Mã \"{code}\" cần {expected}", "Code \"{code}\" needs {expected}")
          .build();

  static final Rule SRB_RANGE =
      Rule.builder()
          .id("test.srb-range")
          .severity(Severity.WARNING)
          .title("Tỷ số giới tính khi sinh bất thường", "Unusual sex ratio at birth")
          .message("Tỷ số giới tính khi sinh {actual} ngoài khoảng {expected}",
              "Sex ratio at birth {actual} outside {expected}")
          .source("QĐ 1679/QĐ-TTg")
          .build();

  static final Rule NOTE =
      Rule.builder()
          .id("test.note")
          .severity(Severity.INFO)
          .title("Ghi chú", "Note")
          .message("Ghi chú về {subject}", "Note about {subject}")
          .build();

  private TestRules() {}
}
