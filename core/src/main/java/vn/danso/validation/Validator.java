package vn.danso.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;

/**
 * Something that checks a value and reports every defect it finds (bộ kiểm tra).
 *
 * <p>A validator never throws on bad data: bad data is what it reports. It throws only on misuse, such as a
 * {@code null} input. Validators compose: {@link #and} and {@link #all} run several on the same value and
 * concatenate their reports in order; {@link #on} checks a part of a larger value. Implementations must be
 * thread-safe (the library's own are immutable), so one validator can serve many requests at once.
 *
 * <p>A validator judges a finished value against what lies outside it. Findings about the input a value was built
 * from (rows rejected, a link left out) travel with the result instead, in its {@code report()}
 * ({@code HierarchyResult}, {@code Cascade}, {@code Reaggregation}); a value that needs no context to be judged may
 * have its own {@code validate()} ({@code IndicatorCatalogue}). All three answer with a {@link ValidationReport}.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface Validator<T> {
  /**
   * Checks the value.
   *
   * @param value the value to check, not null
   * @return every finding about the value; empty when nothing is wrong
   */
  ValidationReport validate(T value);

  /**
   * Returns a validator that runs this one, then the other, and concatenates their reports.
   *
   * @param other the validator to run second
   * @return the combined validator
   */
  default Validator<T> and(Validator<? super T> other) {
    checkNotNull(other, "other validator is null");
    Validator<T> self = this;
    return value -> self.validate(value).merge(other.validate(value));
  }

  /**
   * Returns a validator of a larger value that checks the part the function extracts.
   *
   * @param part extracts the part to check; must not return null
   * @param <U> the type of the larger value
   * @return the adapted validator
   */
  default <U> Validator<U> on(Function<? super U, ? extends T> part) {
    checkNotNull(part, "part function is null");
    Validator<T> self = this;
    return value -> self.validate(checkNotNull(part.apply(value), "the part function returned null"));
  }

  /**
   * Returns a validator that runs each of the given validators in order and concatenates their reports.
   *
   * @param validators the validators
   * @param <T> the type of value checked
   * @return the combined validator; with no validators, one that always reports nothing
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  static <T> Validator<T> all(Validator<? super T>... validators) {
    return Validator.<T>all(ImmutableList.<Validator<? super T>>copyOf(validators));
  }

  /**
   * Returns a validator that runs each of the given validators in order and concatenates their reports.
   *
   * @param validators the validators
   * @param <T> the type of value checked
   * @return the combined validator; with no validators, one that always reports nothing
   */
  static <T> Validator<T> all(Iterable<? extends Validator<? super T>> validators) {
    ImmutableList<Validator<? super T>> list = ImmutableList.copyOf(checkNotNull(validators, "validators is null"));
    return value -> {
      checkNotNull(value, "value to validate is null");
      ValidationReport.Builder report = ValidationReport.builder();
      for (Validator<? super T> validator : list) {
        report.addAll(validator.validate(value));
      }
      return report.build();
    };
  }
}
