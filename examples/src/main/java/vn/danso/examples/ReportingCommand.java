package vn.danso.examples;

import java.util.List;
import vn.danso.text.LocalizedText;

/**
 * The reporting regime on an example ({@link ReportingExample}): days off 2024–2026, due dates, a filled form 01-DSH
 * and who reported late.
 */
final class ReportingCommand implements Command {
  @Override
  public String name() {
    return "reporting";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("chế độ báo cáo: ngày nghỉ 2024–2026, hạn nộp, biểu 01-DSH và báo cáo muộn",
        "the reporting regime: days off 2024–2026, due dates, form 01-DSH and late reports");
  }

  @Override
  public int run(List<String> args, Console console) {
    if (!args.isEmpty()) {
      console.err().println(console.t("Lệnh reporting không nhận tham số", "reporting takes no arguments"));
      return 2;
    }
    ReportingExample.print(console.language(), console.out());
    return 0;
  }
}
