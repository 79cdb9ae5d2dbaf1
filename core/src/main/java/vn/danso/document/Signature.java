package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * The signature block of a document (chữ ký, thể thức ký): the capacity ({@code T/M}, {@code KT.}…), the body
 * signed for, the signer's position and name.
 *
 * <pre>{@code
 * Signature s = Signature.builder()                       // seed 003
 *     .capacity(SigningCapacity.PARTY_ON_BEHALF)
 *     .onBehalfOf("Ban Thường vụ")
 *     .position("Phó Bí thư thường trực")
 *     .name("Nguyễn Hữu Tiến")
 *     .build();
 * s.lines();   // [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ THƯỜNG TRỰC, Nguyễn Hữu Tiến]
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class Signature {
  private static final Locale VI = Locale.forLanguageTag("vi");

  Signature() {}

  /**
   * Returns the capacity in which the signer signs.
   *
   * @return the capacity
   */
  public abstract SigningCapacity capacity();

  /**
   * Returns the body signed for, as the block names it ("Ban Thường vụ", "Ủy ban nhân dân").
   *
   * @return the body's name, or empty
   */
  public abstract Optional<String> onBehalfOf();

  /**
   * Returns the signer's position ("Phó Bí thư thường trực", "Chủ tịch").
   *
   * @return the position
   */
  public abstract String position();

  /**
   * Returns the signer's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the block as printed: capacity and body in capitals, the position in capitals, the name.
   *
   * @return the lines
   */
  public ImmutableList<String> lines() {
    String first = (capacity().written() + " " + onBehalfOf().orElse("")).trim().toUpperCase(VI);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    if (!first.isEmpty()) {
      lines.add(first);
    }
    return lines.add(position().toUpperCase(VI)).add(name()).build();
  }

  @Value.Check
  void check() {
    checkState(!position().isBlank(), "signature has a blank position: give the signer's position");
    checkState(!name().isBlank(), "signature has a blank name: give the signer's name");
    onBehalfOf().ifPresent(b -> checkState(!b.isBlank(), "signature has a blank body signed for; omit it"));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of signatures
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signature}; capacity, position and name are required. Not thread-safe. */
  public static final class Builder extends ImmutableSignature.Builder {
    Builder() {}
  }
}
