package vn.danso.plan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.internal.DansoStyle;

/**
 * A task a plan assigns (nhiệm vụ, giải pháp): "Một là…, Hai là…", with the body that leads it (chủ trì), the bodies
 * that take part (phối hợp) and its deadline.
 *
 * <pre>{@code
 * Task followUp = Task.builder()                                  // seed 003, part III.2
 *     .label("III.2")
 *     .text("Theo dõi, đôn đốc, giám sát và tham mưu kiểm tra, đánh giá, sơ kết, tổng kết việc triển khai")
 *     .lead(banTuyenGiaoDangUyKhoi)
 *     .addPartners(hoiCuuChienBinhKhoi, doanThanhNienKhoi)
 *     .build();
 * }</pre>
 *
 * <p>Where a document assigns a task to a group it does not list ("các sở, ban, ngành"), {@link #assignedTo()} keeps
 * the words; the bodies a validator can check are the lead and the partners. Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class Task {
  Task() {}

  /**
   * Returns how the document numbers the task: {@code "Một là"}, {@code "2."}, {@code "III.2"}.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  /**
   * Returns what is to be done, as the document words it.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the body that leads the task (cơ quan chủ trì).
   *
   * @return the lead, or empty
   */
  public abstract Optional<Body> lead();

  /**
   * Returns the bodies that take part (cơ quan phối hợp), in the order named.
   *
   * @return the partners
   */
  public abstract ImmutableList<Body> partners();

  /**
   * Returns the assignees as the document names them when they are not single bodies, e.g.
   * {@code "các sở, ban, ngành, quận, huyện, thị xã"}.
   *
   * @return the words, or empty
   */
  public abstract Optional<String> assignedTo();

  /**
   * Returns the deadline (thời hạn hoàn thành).
   *
   * @return the deadline, or empty when the task is ongoing or the document gives none
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the lead, if any, and then the partners: every body the task is assigned to.
   *
   * @return the bodies
   */
  public ImmutableList<Body> bodies() {
    if (lead().isEmpty()) {
      return partners();
    }
    return ImmutableList.<Body>builderWithExpectedSize(partners().size() + 1)
        .add(lead().get()).addAll(partners()).build();
  }

  @Value.Check
  void check() {
    checkState(!text().isBlank(), "task text is blank: say what is to be done");
    label().ifPresent(l -> checkState(!l.isBlank(), "task label is blank; omit it"));
    assignedTo().ifPresent(a -> checkState(!a.isBlank(), "task assignees are blank; omit them"));
  }

  /** Returns the label and the text. */
  @Override
  public String toString() {
    return label().map(l -> l + " ").orElse("") + text();
  }

  /**
   * Returns a task with only its text.
   *
   * @param text what is to be done
   * @return the task
   * @throws IllegalStateException if the text is blank
   */
  public static Task of(String text) {
    return builder().text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of tasks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; the text is required. Not thread-safe. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }
}
