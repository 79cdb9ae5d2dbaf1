package vn.danso.plan;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.indicator.PeriodType;
import vn.danso.internal.DansoStyle;

/**
 * A reporting duty a plan sets (chế độ báo cáo; sơ kết, tổng kết): who reports to whom, how often, by when.
 *
 * <pre>{@code
 * ReportingDuty yearly = ReportingDuty.builder()             // seed 003, part III.1
 *     .kind(ReportingKind.PERIODIC_REPORT)
 *     .text("định kỳ báo cáo kết quả về Đảng ủy Khối")
 *     .recipient(dangUyKhoi)
 *     .build();
 * ReportingDuty review = ReportingDuty.builder()
 *     .kind(ReportingKind.MID_TERM_REVIEW).due(LocalDate.of(2025, 12, 31)).build();
 * }</pre>
 *
 * <p>Everything but the kind is optional, because documents often say only "định kỳ sơ kết, tổng kết". Immutable;
 * compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class ReportingDuty {
  ReportingDuty() {}

  /**
   * Returns what is asked for.
   *
   * @return the kind
   */
  public abstract ReportingKind kind();

  /**
   * Returns the duty as the document words it.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> text();

  /**
   * Returns the body reported to, e.g. the issuing committee.
   *
   * @return the recipient, or empty
   */
  public abstract Optional<Body> recipient();

  /**
   * Returns how often a periodic report is due: {@link PeriodType#YEAR}, {@link PeriodType#QUARTER} or
   * {@link PeriodType#MONTH}.
   *
   * @return the frequency, or empty when the document does not say
   */
  public abstract Optional<PeriodType> frequency();

  /**
   * Returns the date by which the review or the (first) report is due.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();

  @Value.Check
  void check() {
    text().ifPresent(t -> checkState(!t.isBlank(), "reporting duty text is blank; omit it"));
    checkState(frequency().isEmpty() || kind() == ReportingKind.PERIODIC_REPORT,
        "a %s has no frequency: only a periodic report is due every year, quarter or month", kind());
    checkState(frequency().isEmpty() || frequency().get() != PeriodType.PHASE,
        "a periodic report is due every year, quarter or month, not every phase");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of reporting duties
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingDuty}; the kind is required. Not thread-safe. */
  public static final class Builder extends ImmutableReportingDuty.Builder {
    Builder() {}
  }
}
