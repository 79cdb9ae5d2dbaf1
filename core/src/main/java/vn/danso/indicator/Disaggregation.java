package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * Which part of a data element a value counts (phân tổ): at most one {@linkplain Category category} per
 * {@linkplain Dimension dimension}, such as <em>female, aged 15–19</em>; no category at all is the
 * {@linkplain #total() total}.
 *
 * <p>Its {@linkplain #code() code} lists the category codes in dimension order, separated by commas:
 * {@code "female,15-19"}; the total's code is empty. Immutable; equal when the categories are equal.
 */
public final class Disaggregation implements Localized {
  private static final Disaggregation TOTAL = new Disaggregation(ImmutableList.of());
  private static final Comparator<Category> BY_DIMENSION = new ByDimension();

  private final ImmutableList<Category> categories;

  private Disaggregation(ImmutableList<Category> categories) {
    this.categories = categories;
  }

  /**
   * Returns the total: no breakdown.
   *
   * @return the total
   */
  public static Disaggregation total() {
    return TOTAL;
  }

  /**
   * Returns the breakdown by the given categories, in any order.
   *
   * @param categories at most one category per dimension
   * @return the disaggregation
   * @throws IllegalArgumentException if two categories belong to the same dimension
   */
  public static Disaggregation of(Category... categories) {
    return of(Arrays.asList(checkNotNull(categories, "categories is null")));
  }

  /**
   * Returns the breakdown by the given categories, in any order.
   *
   * @param categories at most one category per dimension
   * @return the disaggregation
   * @throws IllegalArgumentException if two categories belong to the same dimension
   */
  public static Disaggregation of(Iterable<? extends Category> categories) {
    List<Category> inOrder = new ArrayList<>();
    for (Category c : checkNotNull(categories, "null")) {
      inOrder.add(checkNotNull(c, "null category"));
    }
    inOrder.sort(BY_DIMENSION);
    ImmutableList<Category> sorted = ImmutableList.copyOf(inOrder);
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          sorted.get(i).dimension() != sorted.get(i - 1).dimension(),
          "two categories of %s (%s and %s): a disaggregation has at most one category per dimension",
          sorted.get(i).dimension().label(Language.EN),
          sorted.get(i - 1).code(),
          sorted.get(i).code());
    }
    return sorted.isEmpty() ? TOTAL : new Disaggregation(sorted);
  }

  /**
   * Reads a disaggregation from its code.
   *
   * @param code category codes separated by commas, e.g. {@code "female,15-19"}; empty for the total
   * @return the disaggregation
   * @throws IllegalArgumentException if a code is not a category or two share a dimension
   */
  public static Disaggregation parse(String code) {
    checkNotNull(code, "disaggregation code is null: use \"\" for the total");
    if (code.isBlank()) {
      return TOTAL;
    }
    ImmutableList.Builder<Category> categories = ImmutableList.builder();
    int start = 0;
    while (true) {
      int comma = code.indexOf(',', start);
      int end = comma < 0 ? code.length() : comma;
      int from = start;
      while (from < end && isWhitespace(code.charAt(from))) {
        from++;
      }
      while (end > from && isWhitespace(code.charAt(end - 1))) {
        end--;
      }
      categories.add(Category.of(code.substring(from, end)));
      if (comma < 0) {
        return of(categories.build());
      }
      start = comma + 1;
    }
  }

  /**
   * Whether a character is trimmed from a category code: whitespace as Unicode defines it (the same characters as
   * Guava's {@code CharMatcher.whitespace()}), checked by hand so that reading a key loads no matcher classes.
   */
  static boolean isWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * Returns the categories, in dimension order.
   *
   * @return the categories; empty for the total
   */
  public ImmutableList<Category> categories() {
    return categories;
  }

  /**
   * Returns the dimensions broken down.
   *
   * @return the dimensions, in order
   */
  public ImmutableSet<Dimension> dimensions() {
    ImmutableSet.Builder<Dimension> dimensions = ImmutableSet.builder();
    for (Category c : categories) {
      dimensions.add(c.dimension());
    }
    return dimensions.build();
  }

  /**
   * Returns the category of the given dimension.
   *
   * @param dimension the dimension
   * @return the category, or empty if this disaggregation does not break that dimension down
   */
  public Optional<Category> get(Dimension dimension) {
    checkNotNull(dimension, "dimension is null");
    for (Category c : categories) {
      if (c.dimension() == dimension) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns true if this is the total.
   *
   * @return whether there are no categories
   */
  public boolean isTotal() {
    return categories.isEmpty();
  }

  /**
   * Returns this breakdown with one more category, or with the category replacing the one of its dimension.
   *
   * @param category the category
   * @return the new disaggregation
   */
  public Disaggregation with(Category category) {
    checkNotNull(category, "category is null");
    ImmutableList.Builder<Category> next = ImmutableList.builder();
    for (Category c : categories) {
      if (c.dimension() != category.dimension()) {
        next.add(c);
      }
    }
    return of(next.add(category).build());
  }

  /**
   * Returns the code: category codes in dimension order, separated by commas; empty for the total.
   *
   * @return e.g. {@code "female,15-19"}
   */
  public String code() {
    if (categories.size() == 1) {
      return categories.get(0).code();
    }
    StringBuilder code = new StringBuilder();
    for (Category c : categories) {
      code.append(code.length() == 0 ? "" : ",").append(c.code());
    }
    return code.toString();
  }

  /** Returns the categories' labels separated by commas, or "tổng số" / "total". */
  @Override
  public String label(Language language) {
    if (categories.isEmpty()) {
      return language == Language.VI ? "tổng số" : "total";
    }
    return categories.stream().map(c -> c.label(language)).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Disaggregation)) {
      return false;
    }
    // Compared element by element: a list's own equals would load Guava's list utilities on the first lookup.
    ImmutableList<Category> other = ((Disaggregation) o).categories;
    if (other.size() != categories.size()) {
      return false;
    }
    for (int i = 0; i < categories.size(); i++) {
      if (!categories.get(i).equals(other.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  /** Returns the code, or {@code "total"} for the total. */
  @Override
  public String toString() {
    return categories.isEmpty() ? "total" : code();
  }

  /** Orders categories by their dimension; a class rather than a lambda, which would be linked at start-up. */
  private static final class ByDimension implements Comparator<Category> {
    @Override
    public int compare(Category a, Category b) {
      return a.dimension().compareTo(b.dimension());
    }
  }
}
