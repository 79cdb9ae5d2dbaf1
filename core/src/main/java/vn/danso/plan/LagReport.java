package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.math.Quantiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.body.Body;
import vn.danso.document.PartialDate;
import vn.danso.text.Language;
import vn.danso.text.TextTable;
import vn.danso.text.TextWrap;

/**
 * How long the cascade below a root took, level by level (độ trễ triển khai), as it stood on a date: the days from
 * each document to each document implementing it, their least, median and greatest per level, and the depth of the
 * cascade.
 *
 * <pre>{@code
 * CascadeNode root = cascade.node(nq21).orElseThrow();   // the node of 21-NQ/TW
 * LagReport lags = LagReport.of(cascade, root, LocalDate.of(2024, 1, 31));
 * lags.summary(AdministrativeLevel.PROVINCE);   // Optional: 5 lags, 41 / 94 / 181 days
 * lags.depth();                                 // 2: 21-NQ/TW → 71-KH/TU → 49-KH/ĐUK
 * String table = lags.format(Language.EN);     // print it where your program writes
 * }</pre>
 *
 * <p>Only the part of the cascade issued by the date counts. A link with a document known only to the month or year
 * at either end is measured as a range ({@link #boundedLags()}), kept out of the summaries; a link with an undated
 * document at either end (a plan known only from a reference) is not measured; {@link #unmeasured()} counts them.
 * Immutable.
 */
public final class LagReport {
  private final CascadeNode root;
  private final LocalDate date;
  private final ImmutableList<Lag> lags;
  private final ImmutableList<Lag> bounded;
  private final ImmutableList<LagSummary> summaries;
  private final int unmeasured;
  private final int depth;

  private LagReport(CascadeNode root, LocalDate date, ImmutableList<Lag> lags, ImmutableList<Lag> bounded,
      ImmutableList<LagSummary> summaries, int unmeasured, int depth) {
    this.root = root;
    this.date = date;
    this.lags = lags;
    this.bounded = bounded;
    this.summaries = summaries;
    this.unmeasured = unmeasured;
    this.depth = depth;
  }

  /**
   * Returns the lags of the cascade below a root as it stood on a date.
   *
   * @param cascade the cascade
   * @param root the root document, a node of the cascade
   * @param date the day; documents issued later do not count
   * @return the report
   * @throws IllegalArgumentException if the root is not a node of the cascade
   */
  public static LagReport of(Cascade cascade, CascadeNode root, LocalDate date) {
    checkNotNull(cascade, "cascade is null");
    int rootIndex = cascade.check(root);
    checkNotNull(date, "date is null");
    Reach reach = new Reach(cascade, rootIndex, date);
    ImmutableList.Builder<Lag> lags = ImmutableList.builder();
    ImmutableList.Builder<Lag> bounded = ImmutableList.builder();
    Map<AdministrativeLevel, List<Long>> byLevel = new EnumMap<>(AdministrativeLevel.class);
    int unmeasured = 0;
    for (int c : cascade.order()) {
      if (!reach.in[c] || c == rootIndex) {
        continue;
      }
      CascadeNode child = cascade.nodes().get(c);
      for (int p : cascade.parentIndexes(c)) {
        if (!reach.in[p]) {
          continue;
        }
        CascadeNode parent = cascade.nodes().get(p);
        Optional<Body> issuer = child.issuer();
        if (child.date().isEmpty() || parent.date().isEmpty() || issuer.isEmpty()) {
          Optional<PartialDate> from = parent.knownDate();
          Optional<PartialDate> to = child.knownDate();
          if (from.isPresent() && to.isPresent() && issuer.isPresent()) {
            bounded.add(new Lag(parent, child, ChronoUnit.DAYS.between(last(from.get()), first(to.get())),
                ChronoUnit.DAYS.between(first(from.get()), last(to.get())), issuer.get().level()));
          } else {
            unmeasured++;
          }
          continue;
        }
        long days = ChronoUnit.DAYS.between(parent.date().get(), child.date().get());
        AdministrativeLevel level = issuer.get().level();
        lags.add(new Lag(parent, child, days, level));
        byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(days);
      }
    }
    ImmutableList.Builder<LagSummary> summaries = ImmutableList.builder();
    byLevel.forEach((level, days) -> {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (long d : days) {
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      summaries.add(new LagSummary(level, days.size(), min, Quantiles.median().compute(days), max));
    });
    return new LagReport(root, date, lags.build(), bounded.build(), summaries.build(), unmeasured, reach.maxDepth);
  }

  /** The first day a date known to the day, month or year may be. */
  private static LocalDate first(PartialDate date) {
    return LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
  }

  /** The last day a date known to the day, month or year may be. */
  private static LocalDate last(PartialDate date) {
    if (date.day() != 0) {
      return LocalDate.of(date.year(), date.month(), date.day());
    }
    return date.month() != 0 ? YearMonth.of(date.year(), date.month()).atEndOfMonth()
        : LocalDate.of(date.year(), 12, 31);
  }

  /**
   * Returns the root document.
   *
   * @return the root
   */
  public CascadeNode root() {
    return root;
  }

  /**
   * Returns the day of the report.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns every lag measured, parents before children.
   *
   * @return the lags
   */
  public ImmutableList<Lag> lags() {
    return lags;
  }

  /**
   * Returns the lags known only as a range because a date at one end is known only to the month or year, parents
   * before children; they are not in the summaries.
   *
   * @return the bounded lags
   */
  public ImmutableList<Lag> boundedLags() {
    return bounded;
  }

  /**
   * Returns the lag from one document to one implementing it.
   *
   * @param parent the document implemented
   * @param child the implementing document
   * @return the lag, exact or bounded, or empty if the link was not measured or does not exist
   */
  public Optional<Lag> lag(CascadeNode parent, CascadeNode child) {
    return java.util.stream.Stream.concat(lags.stream(), bounded.stream())
        .filter(l -> l.parent().equals(parent) && l.child().equals(child)).findFirst();
  }

  /**
   * Returns the summaries per level of the implementing documents' issuers, from the top level down.
   *
   * @return the summaries, one per level with at least one lag
   */
  public ImmutableList<LagSummary> summaries() {
    return summaries;
  }

  /**
   * Returns the summary of one level.
   *
   * @param level the level of the implementing documents' issuers
   * @return the summary, or empty when no lag of that level was measured
   */
  public Optional<LagSummary> summary(AdministrativeLevel level) {
    return summaries.stream().filter(s -> s.level() == level).findFirst();
  }

  /**
   * Returns the number of links below the root not measured because a date (or the child's issuer) is not known.
   *
   * @return the count
   */
  public int unmeasured() {
    return unmeasured;
  }

  /**
   * Returns the length of the longest chain of documents below the root issued by the date.
   *
   * @return the depth, 0 when nothing implements the root yet
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the summaries as a plain-text table, with the unmeasured links and the depth under it.
   *
   * @param language the language
   * @return the text, lines ending in {@code \n}
   */
  public String format(Language language) {
    boolean vi = checkNotNull(language, "language is null") == Language.VI;
    StringBuilder out = new StringBuilder();
    out.append(TextWrap.wrap((vi ? "Độ trễ ban hành (ngày, từ văn bản được thực hiện đến văn bản thực hiện) dưới "
        : "Lag (days from a document to the one implementing it) below ") + root.label(language)
        + (vi ? ", đến ngày " : ", as of ") + CoverageFormat.date(date, language), 100, "", "  "));
    TextTable.Builder table = TextTable.builder().column(vi ? "Cấp" : "Level")
        .rightAlignedColumn(vi ? "Số văn bản" : "Documents").rightAlignedColumn(vi ? "Ít nhất" : "Min")
        .rightAlignedColumn(vi ? "Trung vị" : "Median").rightAlignedColumn(vi ? "Nhiều nhất" : "Max");
    for (LagSummary s : summaries) {
      String median = s.median() == Math.rint(s.median()) ? Long.toString((long) s.median())
          : vi ? Double.toString(s.median()).replace('.', ',') : Double.toString(s.median());
      table.row(s.level().label(language), s.count(), s.min(), median, s.max());
    }
    out.append(table.build().format());
    if (!bounded.isEmpty()) {
      out.append(vi ? "Chỉ biết trong khoảng: " + bounded.size() + " quan hệ có ngày ban hành chỉ biết đến tháng hoặc "
              + "năm, không tính vào bảng.\n"
          : "Known only as a range: " + bounded.size() + (bounded.size() == 1 ? " link" : " links")
              + " with a date known only to the month or year, not in the table.\n");
    }
    if (unmeasured > 0) {
      out.append(vi ? "Không tính được: " + unmeasured + " quan hệ thiếu ngày ban hành.\n"
          : "Not measured: " + unmeasured + (unmeasured == 1 ? " link" : " links") + " without a date.\n");
    }
    out.append(vi ? "Độ sâu của chuỗi: " : "Depth of the cascade: ").append(depth).append('\n');
    return out.toString();
  }

  /**
   * Returns every lag measured, one per line: {@code 21-NQ/TW → 74-KH/TU: 94 ngày}.
   *
   * @param language the language
   * @return the text, lines ending in {@code \n}
   */
  public String formatLags(Language language) {
    checkNotNull(language, "language is null");
    StringBuilder out = new StringBuilder();
    for (Lag lag : lags) {
      out.append(lag.label(language)).append('\n');
    }
    for (Lag lag : bounded) {
      out.append(lag.label(language)).append('\n');
    }
    return out.toString();
  }

  /** Returns the English table. */
  @Override
  public String toString() {
    return format(Language.EN);
  }
}
