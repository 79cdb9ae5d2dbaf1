package vn.danso.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentType;
import vn.danso.document.NumberFamily;
import vn.danso.document.NumberForm;
import vn.danso.document.NumberValidator;
import vn.danso.document.NumberingScheme;
import vn.danso.document.ParseProblem;
import vn.danso.document.ParseResult;
import vn.danso.document.TypeAbbreviation;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * {@code number TEXT…}: reads each argument as a document number and prints its family, type, issuer, sequence
 * number and numbering scope, with what the number validator finds; or, when the text cannot be read, the text with
 * a caret under the first character that could not be read and why. Without arguments it reads the numbers of the
 * seed articles. Exits 1 when any argument could not be read. With {@code --find FILE} it lists every reference a
 * text cites instead ({@link ReferenceListing}); {@code --pdf} reads the file as text extracted from a PDF file.
 */
@Command(name = "number", description = "Read document numbers: family, type, issuer, sequence number, numbering "
    + "scope. Without a number, those of the seed articles. Exits 1 when a number cannot be read.")
final class NumberCommand implements Callable<Integer> {
  private static final NumberingScheme RULES = NumberingScheme.standard();

  private final Console console;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "NUMBER", descriptionKey = "number.texts",
      description = "A document number as written, such as \"49-KH/ĐUK\" (quote it when it has spaces).")
  List<String> texts = List.of();

  @Option(names = "--find", paramLabel = "FILE", descriptionKey = "number.find",
      description = "List every reference a UTF-8 text cites (number, type, date, issuer, title) with its span, "
          + "instead of reading numbers.")
  Path find;

  @Option(names = "--pdf", descriptionKey = "number.pdf",
      description = "With --find: read the file as text extracted from a PDF (broken spaces, hyphens at line ends).")
  boolean pdf;

  NumberCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (find != null) {
      if (!texts.isEmpty()) {
        throw new ParameterException(spec.commandLine(), console.t("--find đọc một tệp, không kèm số văn bản",
            "--find reads a file: give no document numbers with it"));
      }
      return ReferenceListing.print(find, pdf, console.language(), console.out());
    }
    return run(texts, console);
  }

  /** Reads and prints each number, or the seed articles' when none is given; 1 when one cannot be read. */
  static int run(List<String> numbers, Console console) {
    List<String> texts = numbers;
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
    return unreadable == 0 ? ExitStatus.VALID : ExitStatus.FINDINGS;
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
      ParseResult<DocumentNumber> head = RULES.tryParse(text.substring(0, result.errorIndex()));
      if (result.problem().get() == ParseProblem.TRAILING_TEXT && head.isSuccess()) {
        out.println("  " + console.t("riêng số đọc được là " + head.get().format()
                + "; để tìm mọi số, ngày và cơ quan ban hành trong một đoạn văn, dùng: number --find TỆP",
            "the number alone reads as " + head.get().format()
                + "; to find every number, date and issuer in running text, use: number --find FILE"));
      }
      return false;
    }
    DocumentNumber number = result.get();
    line(out, console.t("số, ký hiệu", "canonical"), number.format()
        + console.t("   (đầu văn bản: ", "   (in the header: ") + number.formatForHeader() + ")");
    line(out, console.t("hệ thống", "family"), number.family().label(lang));
    if (number.form() != NumberForm.STANDARD) {
      line(out, console.t("dạng", "form"), form(number.form(), console));
    }
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

  private static String form(NumberForm form, Console console) {
    switch (form) {
      case YEAR_AFTER_HYPHEN:
        return console.t("năm ghi sau dấu gạch nối (dạng cũ, như 19-2018/NQ-CP)",
            "the year after a hyphen (an older form, as in 19-2018/NQ-CP)");
      case OLD_WITHOUT_TYPE:
        return console.t("dạng cũ của Chính phủ, không ghi loại (như 216-CP)",
            "an older form of the Government without a type (as in 216-CP)");
      case ISSUER_BEFORE_TYPE:
        return console.t("dạng cũ của bộ, cơ quan ban hành trước loại (như 808-BYT/QĐ)",
            "an older form of a ministry, the issuer before the type (as in 808-BYT/QĐ)");
      case TYPE_MISSING:
        return console.t("thiếu chữ viết tắt loại văn bản trước cơ quan ban hành (bản in lỗi, như 1281/-UBND)",
            "the type abbreviation missing before the issuer (a defective print, as in 1281/-UBND)");
      default:
        return console.t("dạng chuẩn", "the standard form");
    }
  }

  private static String type(DocumentNumber number, Language lang, Console console) {
    if (number.form() == NumberForm.OLD_WITHOUT_TYPE) {
      return console.t("văn bản cho biết (số không ghi loại)", "given by the document (the number names none)");
    }
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
