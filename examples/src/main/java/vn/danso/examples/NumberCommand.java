package vn.danso.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentType;
import vn.danso.document.NumberFamily;
import vn.danso.document.NumberValidator;
import vn.danso.document.NumberingRules;
import vn.danso.document.ParseResult;
import vn.danso.document.TypeAbbreviation;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * {@code number TEXT…}: reads each argument as a document number and prints its family, type, issuer, sequence
 * number and numbering scope, with what the number validator finds; or, when the text cannot be read, the text with
 * a caret under the first character that could not be read and why. Without arguments it reads the numbers of the
 * seed articles. Exits 1 when any argument could not be read. With {@code --find FILE} it lists every reference a
 * text cites instead ({@link ReferenceListing}); {@code --pdf} reads the file as text extracted from a PDF file.
 */
final class NumberCommand implements Command {
  private static final NumberingRules RULES = NumberingRules.standard();

  @Override
  public String name() {
    return "number";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("đọc số, ký hiệu văn bản: hệ thống, loại, cơ quan, số thứ tự, phạm vi đánh số",
        "read document numbers: family, type, issuer, sequence number, numbering scope");
  }

  @Override
  public String usage() {
    return "[TEXT…] | --find FILE [--pdf]";
  }

  @Override
  public int run(List<String> args, Console console) throws java.io.IOException {
    if (!args.isEmpty() && args.get(0).equals("--find")) {
      boolean pdf = args.contains("--pdf");
      List<String> files = args.subList(1, args.size()).stream().filter(a -> !a.equals("--pdf")).toList();
      if (files.size() != 1) {
        console.err().println(console.t("--find cần đúng một tệp văn bản", "--find needs exactly one text file"));
        return 2;
      }
      return ReferenceListing.print(java.nio.file.Path.of(files.get(0)), pdf, console.language(), console.out());
    }
    List<String> texts = args;
    if (texts.isEmpty()) {
      console.out().println(console.t("Các số, ký hiệu trong năm bài báo gốc:",
          "The numbers of the five seed articles:"));
      console.out().println();
      texts = SeedDocuments.CITATIONS.stream().map(SeedDocuments.Citation::numberText).toList();
    }
    int unreadable = 0;
    for (String text : texts) {
      if (!print(text, console)) {
        unreadable++;
      }
      console.out().println();
    }
    return unreadable == 0 ? 0 : 1;
  }

  /** Prints one number; returns false when it could not be read. */
  static boolean print(String text, Console console) {
    PrintStream out = console.out();
    Language lang = console.language();
    out.println("\"" + text + "\"");
    ParseResult<DocumentNumber> result = RULES.tryParse(text);
    if (!result.isSuccess()) {
      String[] pointer = pointer(text, result.errorIndex());
      out.println("  " + pointer[0]);
      out.println("  " + pointer[1]);
      out.println("  " + console.t("lỗi tại vị trí ", "error at index ") + result.errorIndex() + ": "
          + result.problem().get().label(lang));
      return false;
    }
    DocumentNumber number = result.get();
    line(out, console.t("số, ký hiệu", "canonical"), number.format()
        + console.t("   (đầu văn bản: ", "   (in the header: ") + number.formatForHeader() + ")");
    line(out, console.t("hệ thống", "family"), number.family().label(lang));
    line(out, console.t("loại", "type"), type(number, lang, console));
    line(out, console.t("cơ quan", "issuer"), issuer(number.issuerCode(), lang, console)
        + (number.term().isPresent() ? console.t(", khóa ", ", term ") + number.term().getAsInt() : ""));
    if (!number.qualifiers().isEmpty()) {
      StringJoiner others = new StringJoiner(", ");
      number.qualifiers().forEach(q -> others.add(issuer(q, lang, console)));
      line(out, console.t("đơn vị khác", "other units"), others.toString());
    }
    line(out, console.t("số thứ tự", "number"), Integer.toString(number.number()));
    line(out, console.t("phạm vi số", "scope"), scope(number, lang, console));
    ValidationReport report = NumberValidator.of(RULES).validate(number);
    if (report.isEmpty()) {
      line(out, console.t("kiểm tra", "checks"), console.t("không có phát hiện", "no findings"));
    }
    for (Finding finding : report.findings()) {
      line(out, finding.severity().label(lang), finding.message(lang) + " [" + finding.ruleId() + "]");
    }
    return true;
  }

  private static String type(DocumentNumber number, Language lang, Console console) {
    if (number.isLetter()) {
      return console.t("công văn (ký hiệu không có chữ viết tắt loại)", "official letter (no type abbreviation)");
    }
    String names = typeNames(number, lang, console);
    if (number.typeCode().isEmpty()) {
      return names + console.t(" (ký hiệu không ghi loại)", " (the symbol names no type)");
    }
    Optional<TypeAbbreviation> entry = RULES.typeAbbreviation(number.family(), number.typeCode().get());
    return number.typeCode().get() + " — " + names
        + entry.map(e -> " [" + e.certainty().label(lang) + "]").orElse("");
  }

  private static String typeNames(DocumentNumber number, Language lang, Console console) {
    if (number.types().isEmpty()) {
      return console.t("không có trong bảng", "not in the table");
    }
    StringJoiner names = new StringJoiner(console.t(" hoặc ", " or "));
    for (DocumentType type : number.types()) {
      names.add(type.label(lang));
    }
    return names.toString();
  }

  private static String issuer(String code, Language lang, Console console) {
    Optional<IssuerAbbreviation> entry = RULES.issuers().find(code);
    return code + " — " + entry.map(e -> e.name().get(lang) + " [" + e.certainty().label(lang) + "]")
        .orElse(console.t("không có trong bảng", "not in the table"));
  }

  private static String scope(DocumentNumber number, Language lang, Console console) {
    if (number.scope().isPresent()) {
      return number.scope().get().label(lang);
    }
    return number.family() == NumberFamily.PARTY
        ? console.t("từ 01 theo từng loại trong nhiệm kỳ cấp ủy (không ghi trong số)",
            "from 01 per type within the committee's term (not written in the number)")
        : console.t("từ 01 mỗi năm, năm của ngày ban hành (không ghi trong số)",
            "from 01 each calendar year, that of the issue date (not written in the number)");
  }

  private static void line(PrintStream out, String label, String value) {
    out.println("  " + label + ":" + " ".repeat(Math.max(1, 14 - label.length())) + value);
  }

  /**
   * Returns the text as shown (control characters as spaces, invisible ones as a middle dot) and a line with a caret
   * under the character at the index, counting combining marks as taking no column.
   */
  static String[] pointer(String text, int index) {
    StringBuilder shown = new StringBuilder();
    int column = 0;
    int caretColumn = -1;
    for (int i = 0; i < text.length(); ) {
      if (i == index) {
        caretColumn = column;
      }
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        shown.appendCodePoint(cp);
      } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        shown.append(' ');
        column++;
      } else if (type == Character.FORMAT) {
        shown.append('·');
        column++;
      } else {
        shown.appendCodePoint(cp);
        column++;
      }
      i += Character.charCount(cp);
    }
    if (caretColumn < 0) {
      caretColumn = column;
    }
    return new String[] {shown.toString(), " ".repeat(caretColumn) + "^"};
  }
}
