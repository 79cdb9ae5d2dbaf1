package vn.danso.examples;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.IssuerWords;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentHeading;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.KnownDocument;
import vn.danso.document.NationalDocuments;
import vn.danso.document.ReferenceFinder;
import vn.danso.document.ReferenceMatch;
import vn.danso.document.ReferenceRole;
import vn.danso.document.ReferenceScan;
import vn.danso.plan.Cascade;
import vn.danso.plan.Plan;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * A cascade built from a folder of document texts (one {@code .txt} file per document, UTF-8 or UTF-16 with its
 * byte-order mark; a file in neither is listed as not read, and the others are read): each text's heading
 * gives its own number, date, type and issuer ({@link DocumentHeading}); its body gives what it implements
 * ({@link ReferenceFinder}, the references "thực hiện…"); a decision that issues a programme or plan "kèm theo Quyết
 * định này", or approves one, becomes a plan issued by that decision. The national documents are added as the roots.
 *
 * <p>The issuer is read from the heading's lines for provincial bodies: "ỦY BAN NHÂN DÂN TỈNH SƠN LA" (People's
 * Committee), "HỘI ĐỒNG NHÂN DÂN TỈNH …", "TỈNH ỦY …", "THÀNH ỦY …", "BAN THƯỜNG VỤ TỈNH ỦY …", "ĐẢNG BỘ TỈNH … /
 * TỈNH ỦY", with the province found by name in the hierarchy on the document's date ({@link IssuerWords}). A
 * reference whose issuer is named in words ("của Ban Chấp hành Đảng bộ tỉnh") gets the body they name where
 * {@link IssuerWords} reads them with certainty and they agree with the number's symbol. A text whose number, date or issuer cannot be read is kept as a plan known only by what
 * could be read, with a note; nothing is invented.
 */
final class TextCascade {
  /** What reading one text gave: its file, its plan, and the findings of its heading and references. */
  record Text(Path file, Plan plan, ValidationReport report, List<String> notes) {}

  private final List<Text> texts;
  private final List<Path> unread;
  private final Cascade cascade;

  private TextCascade(List<Text> texts, List<Path> unread, Cascade cascade) {
    this.texts = texts;
    this.unread = unread;
    this.cascade = cascade;
  }

  List<Text> texts() {
    return texts;
  }

  Cascade cascade() {
    return cascade;
  }

  /**
   * Reads every {@code .txt} file of a folder, in the order of their names.
   *
   * @throws InputException if the folder is missing, not a folder, or has no text that can be read
   */
  static TextCascade read(Path dir, Hierarchy hierarchy) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(Files.exists(dir) ? dir + " không phải thư mục: --texts cần một thư mục văn bản"
          : "Không có thư mục " + dir, Files.exists(dir) ? dir + " is not a folder: --texts takes a folder of texts"
          : "No such folder: " + dir);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new InputException("Không đọc được thư mục " + dir, "Cannot read the folder " + dir);
    }
    if (files.isEmpty()) {
      throw new InputException("Thư mục " + dir + " không có tệp .txt nào", "The folder " + dir + " has no .txt file");
    }
    files.sort(null);
    Cascade.Builder builder = Cascade.builder();
    for (KnownDocument known : NationalDocuments.all()) {
      builder.add(known.document());
    }
    List<Text> texts = new ArrayList<>();
    List<Path> unread = new ArrayList<>();
    for (Path file : files) {
      Optional<String> content = InputFiles.decode(InputFiles.read(file));
      if (content.isEmpty()) {
        unread.add(file);
        continue;
      }
      Text text = readText(file, content.get(), hierarchy);
      texts.add(text);
      builder.add(text.plan());
    }
    if (texts.isEmpty()) {
      throw new InputException("Không tệp .txt nào của " + dir + " là văn bản UTF-8: hãy lưu văn bản dạng UTF-8",
          "None of the .txt files in " + dir + " is UTF-8 text: save the document texts as UTF-8");
    }
    return new TextCascade(texts, unread, builder.build());
  }

  /** The files that are neither UTF-8 nor UTF-16 with a byte-order mark, not read. */
  List<Path> unread() {
    return unread;
  }

  static Text readText(Path file, String text, Hierarchy hierarchy) {
    ValidationReport.Builder report = ValidationReport.builder();
    List<String> notes = new ArrayList<>();
    DocumentHeading heading = DocumentHeading.read(text);
    report.addAll(heading.report());
    String body = text.substring(heading.bodyStart());
    ReferenceScan scan = ReferenceFinder.standard().find(body);
    report.addAll(scan.report());
    LocalDate day = heading.date().orElse(null);
    Optional<Body> issuer = issuer(heading.issuerLines(), day, hierarchy);
    HierarchySnapshot view = hierarchy.asOf(day != null ? day : SeedCascades.REPORT_DATE);
    List<DocumentReference> implemented = new ArrayList<>();
    List<DocumentReference> cited = new ArrayList<>();
    for (ReferenceMatch match : scan.matches()) {
      if (match.number().isPresent() && match.number().equals(heading.number())) {
        continue; // the document naming itself
      }
      DocumentReference reference = withIssuerNamed(match, view, issuer);
      if (reference.issuer().isEmpty() && match.issuer().isPresent()) {
        Subject subject = Subject.of("reference", match.text());
        report.addAll(citingProvince(issuer)
            .map(p -> IssuerWords.check(match.issuer().get(), view, p, subject))
            .orElseGet(() -> IssuerWords.check(match.issuer().get(), view, subject)));
      }
      if (match.role() == ReferenceRole.IMPLEMENTS) {
        if (!implemented.contains(reference)) {
          implemented.add(reference);
        }
      } else if (match.number().isPresent() || match.isResolved()) {
        cited.add(reference);
      }
    }
    if (issuer.isEmpty()) {
      notes.add("issuer");
    }
    Optional<DocumentType> type = heading.type();
    if (heading.number().isEmpty() || day == null || issuer.isEmpty() || type.isEmpty()) {
      DocumentReference.Builder known = DocumentReference.builder().citation(file.getFileName().toString());
      heading.number().ifPresent(known::number);
      issuer.ifPresent(known::issuer);
      type.ifPresent(known::type);
      heading.date().ifPresent(known::date);
      return new Text(file, Plan.builder().reference(known.build()).implemented(implemented).build(),
          report.build(), notes);
    }
    DocumentNumber number = heading.number().get();
    Document.Builder document = Document.builder().number(number).type(type.get()).issuer(issuer.get());
    heading.placeLine().ifPresentOrElse(document::placeLine, () -> document.date(day));
    Document built = document.addAllImplemented(implemented).addAllCited(cited).build();
    String key = VietnameseText.matchKey(body);
    Plan plan;
    if (type.get() == DocumentType.DECISION && issuesAttached(key).isPresent()) {
      plan = Plan.builder().attachedTo(built, issuesAttached(key).get()).build();
    } else if (type.get() == DocumentType.DECISION && approves(key).isPresent()) {
      plan = Plan.builder().approvedIn(built, approves(key).get()).build();
    } else {
      plan = Plan.of(built);
    }
    return new Text(file, plan, report.build(), notes);
  }

  /**
   * The reference a match makes, with the issuer its words name ("của Ban Chấp hành Đảng bộ tỉnh": Tỉnh ủy of the
   * citing body's province) where {@link IssuerWords} reads them with certainty and the number, if any, carries that
   * body's symbol ({@code 79-KH/TU} and Tỉnh ủy); otherwise the reference as the match gives it, the words kept in
   * its citation.
   */
  static DocumentReference withIssuerNamed(ReferenceMatch match, HierarchySnapshot view, Optional<Body> citing) {
    DocumentReference reference = match.toReference();
    if (reference.issuer().isPresent() || match.issuer().isEmpty()) {
      return reference;
    }
    String words = match.issuer().get();
    Optional<Body> named = citingProvince(citing).map(p -> IssuerWords.read(words, view, p))
        .orElseGet(() -> IssuerWords.read(words, view));
    if (named.isEmpty() || (reference.number().isPresent()
        && !named.get().abbreviation().equals(Optional.of(reference.number().get().issuerCode())))) {
      return reference;
    }
    DocumentReference.Builder builder = DocumentReference.builder().issuer(named.get());
    reference.number().ifPresent(builder::number);
    reference.type().ifPresent(builder::type);
    reference.date().ifPresent(builder::date);
    reference.partialDate().ifPresent(builder::partialDate);
    reference.term().ifPresent(builder::term);
    reference.citation().ifPresent(builder::citation);
    return builder.build();
  }

  /** The province of the citing document's issuer, where it is a provincial body. */
  private static Optional<UnitCode> citingProvince(Optional<Body> citing) {
    return citing.map(Body::jurisdiction).filter(j -> j.level() == AdministrativeLevel.PROVINCE)
        .map(Jurisdiction::unit);
  }

  /** "Ban hành kèm theo Quyết định này Chương trình hành động…" / "…Kế hoạch…". */
  private static Optional<DocumentType> issuesAttached(String key) {
    int at = key.indexOf("kèm theo quyết định này");
    if (at < 0) {
      return Optional.empty();
    }
    return typeNamed(key.substring(at + "kèm theo quyết định này".length()).stripLeading());
  }

  /** "Phê duyệt Chương trình …" in a decision whose articles hold the programme. */
  private static Optional<DocumentType> approves(String key) {
    int at = key.indexOf("phê duyệt ");
    if (at < 0) {
      return Optional.empty();
    }
    return typeNamed(key.substring(at + "phê duyệt ".length()));
  }

  private static Optional<DocumentType> typeNamed(String key) {
    for (DocumentType type : List.of(DocumentType.PROGRAMME, DocumentType.PLAN, DocumentType.SCHEME)) {
      if (key.startsWith(VietnameseText.matchKey(type.typeName().vi()))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** A Party heading: "đảng bộ tỉnh sơn la tỉnh ủy", "đảng bộ thành phố hà nội ban thường vụ thành ủy". */
  private static final Pattern PARTY_HEADING =
      Pattern.compile("đảng bộ (tỉnh|thành phố) (.+?) (ban thường vụ )?(tỉnh|thành) ủy( \\*)?");

  /**
   * The provincial body a heading names, read by {@link IssuerWords} from its lines ("ỦY BAN NHÂN DÂN TỈNH SƠN LA",
   * "TỈNH ỦY …", "THÀNH ỦY …", "BAN THƯỜNG VỤ TỈNH ỦY …", "HỘI ĐỒNG NHÂN DÂN TỈNH …", or a Party heading "ĐẢNG BỘ TỈNH
   * SƠN LA / TỈNH ỦY") with the provinces of the hierarchy on the day (or the seeds' report day).
   */
  static Optional<Body> issuer(List<String> lines, LocalDate day, Hierarchy hierarchy) {
    HierarchySnapshot view = hierarchy.asOf(day != null ? day : SeedCascades.REPORT_DATE);
    String key = VietnameseText.matchKey(String.join(" ", lines));
    Matcher party = PARTY_HEADING.matcher(key);
    if (party.matches()) {
      // "ĐẢNG BỘ TỈNH SƠN LA / TỈNH ỦY": the committee of the place on the first line
      String words = (party.group(3) == null ? "" : "ban thường vụ ") + party.group(4) + " ủy " + party.group(2);
      boolean sameWord = party.group(1).equals("tỉnh") == party.group(4).equals("tỉnh");
      return sameWord ? IssuerWords.read(words, view) : Optional.empty();
    }
    return IssuerWords.read(key, view);
  }
}
