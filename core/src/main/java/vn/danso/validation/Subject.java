package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import vn.danso.internal.Nfc;

/**
 * What a finding is about (đối tượng), as a readable path from the outside in: {@code unit[91]},
 * {@code document[49-KH/ĐUK] › section[II]}, {@code submission[31018/2023] › element[births.boys]}.
 *
 * <p>A subject is a list of segments, each a kind (a lower-case word such as {@code unit}, {@code document},
 * {@code period}) and a key (the code, number or name that identifies it). A subject {@linkplain #startsWith starts
 * with} another when the other's segments are its first segments, which is how a report is filtered to everything
 * about one unit or one document. The {@linkplain #root() root} subject has no segments and means the whole input.
 */
public final class Subject {
  private static final Subject ROOT = new Subject(ImmutableList.of());

  private final ImmutableList<Segment> segments;

  private Subject(ImmutableList<Segment> segments) {
    this.segments = segments;
  }

  /**
   * Returns the subject with no segments: the whole input of a validator.
   *
   * @return the root subject
   */
  public static Subject root() {
    return ROOT;
  }

  /**
   * Returns a subject of one segment.
   *
   * @param kind what kind of thing it is, a lower-case word such as {@code "unit"}
   * @param key what identifies it, such as {@code "91"}; not blank
   * @return the subject
   * @throws IllegalArgumentException if the kind is not a lower-case word or the key is blank
   */
  public static Subject of(String kind, String key) {
    return ROOT.child(kind, key);
  }

  /**
   * Returns this subject extended by one segment: {@code unit[91]} → {@code unit[91] › period[2023]}.
   *
   * @param kind what kind of thing the new segment is, a lower-case word
   * @param key what identifies it; not blank
   * @return the longer subject
   * @throws IllegalArgumentException if the kind is not a lower-case word or the key is blank
   */
  public Subject child(String kind, String key) {
    return new Subject(
        ImmutableList.<Segment>builderWithExpectedSize(segments.size() + 1)
            .addAll(segments)
            .add(new Segment(kind, key))
            .build());
  }

  /**
   * Returns the segments, outermost first; empty for the root.
   *
   * @return the segments
   */
  public ImmutableList<Segment> segments() {
    return segments;
  }

  /**
   * Returns true if this is the root subject.
   *
   * @return whether there are no segments
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns true if the prefix's segments are the first segments of this subject; every subject starts with the
   * root and with itself.
   *
   * @param prefix the subject to compare with
   * @return whether this subject is the prefix or lies within it
   */
  public boolean startsWith(Subject prefix) {
    checkNotNull(prefix, "prefix is null");
    return prefix.segments.size() <= segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /**
   * Returns the key of the first segment of the given kind, if any: {@code keyOf("unit")} of
   * {@code unit[91] › period[2023]} is {@code "91"}.
   *
   * @param kind the kind to look for
   * @return its key, or empty
   */
  public Optional<String> keyOf(String kind) {
    for (Segment segment : segments) {
      if (segment.kind.equals(kind)) {
        return Optional.of(segment.key);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject && segments.equals(((Subject) o).segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * Returns the readable path, e.g. {@code unit[91] › period[2023]}; {@code *} for the root.
   */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "*";
    }
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (out.length() > 0) {
        out.append(" › ");
      }
      out.append(segment);
    }
    return out.toString();
  }

  /** Whether a kind is a lower-case word: a letter a–z, then letters, digits and hyphens ({@code [a-z][a-z0-9-]*}). */
  private static boolean isKind(String kind) {
    if (kind.isEmpty() || kind.charAt(0) < 'a' || kind.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** One step of a subject path: a kind and a key, such as {@code unit[91]}. */
  public static final class Segment {
    private final String kind;
    private final String key;

    private Segment(String kind, String key) {
      checkNotNull(kind, "subject kind is null");
      checkNotNull(key, "subject key is null (kind %s): pass the code, number or name that identifies it", kind);
      checkArgument(
          isKind(kind),
          "subject kind \"%s\" is not a lower-case word such as \"unit\" or \"document\"",
          kind);
      checkArgument(!key.isBlank(), "subject key of kind %s is blank", kind);
      this.kind = kind;
      this.key = Nfc.normalize(key);
    }

    /**
     * Returns the kind of thing, such as {@code unit}.
     *
     * @return the kind
     */
    public String kind() {
      return kind;
    }

    /**
     * Returns what identifies the thing, such as {@code 91}.
     *
     * @return the key, in NFC
     */
    public String key() {
      return key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Segment && kind.equals(((Segment) o).kind) && key.equals(((Segment) o).key);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + key.hashCode();
    }

    /** Returns {@code kind[key]}. */
    @Override
    public String toString() {
      return kind + "[" + key + "]";
    }
  }
}
