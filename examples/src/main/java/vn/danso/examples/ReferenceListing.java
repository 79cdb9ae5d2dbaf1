package vn.danso.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.danso.document.ReferenceFinder;
import vn.danso.document.ReferenceMatch;
import vn.danso.document.ReferenceScan;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

/**
 * {@code number --find FILE}: every document a UTF-8 text cites, with its span (start and end index in the text), its
 * number, type, date, issuer, term, title and role, the national document it resolves to, and the findings about
 * the references. The logic of the option, apart from the parsing of the command line.
 */
final class ReferenceListing {
  private ReferenceListing() {}

  /**
   * Prints the references found in the file.
   *
   * @param file a UTF-8 text
   * @param lenient whether to read it as text extracted from a PDF file
   * @param lang the language of the labels and findings
   * @param out where to print
   * @return the exit status: 0
   * @throws InputException if the file is missing, a directory, unreadable or not UTF-8
   */
  static int print(Path file, boolean lenient, Language lang, PrintStream out) {
    String text = InputFiles.text(file, "văn bản", "text");
    ReferenceFinder finder = lenient ? ReferenceFinder.standard().lenient() : ReferenceFinder.standard();
    ReferenceScan scan = finder.find(text);
    boolean vi = lang == Language.VI;
    out.println((vi ? "Viện dẫn trong " : "References in ") + file.getFileName() + ": " + scan.matches().size());
    for (ReferenceMatch m : scan.matches()) {
      out.println();
      out.println("[" + m.start() + "–" + m.end() + ") " + m.text().replaceAll("\\s+", " "));
      m.number().ifPresent(n -> line(out, vi ? "số, ký hiệu" : "number", n.format()));
      m.sequenceOnly().ifPresent(n -> line(out, vi ? "số thứ tự" : "sequence", Integer.toString(n)));
      m.type().ifPresent(t -> line(out, vi ? "loại" : "type", t.label(lang)));
      m.date().ifPresent(d -> line(out, vi ? "ngày" : "date", d.toString()));
      m.issuer().ifPresent(i -> line(out, vi ? "cơ quan" : "issuer", i));
      m.term().ifPresent(t -> line(out, vi ? "khóa" : "term", Integer.toString(t)));
      m.title().ifPresent(t -> line(out, vi ? "trích yếu" : "title", t));
      line(out, vi ? "quan hệ" : "role", m.role().label(lang));
      m.resolved().ifPresent(k -> line(out, vi ? "là văn bản" : "resolved", k.document().toString()));
    }
    if (!scan.report().isEmpty()) {
      out.println();
      out.println(vi ? "Phát hiện:" : "Findings:");
      for (Finding finding : scan.report().findings()) {
        out.println("  " + finding.severity().label(lang) + " " + finding.subject() + ": " + finding.message(lang)
            + " [" + finding.ruleId() + "]");
      }
    }
    return 0;
  }

  private static void line(PrintStream out, String label, String value) {
    out.println("  " + label + ":" + " ".repeat(Math.max(1, 13 - label.length())) + value);
  }
}
