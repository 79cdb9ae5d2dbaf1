package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import vn.danso.body.BodySystem;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * The capacity in which a document is signed (thẩm quyền ký), written above the signer's position: the Party writes
 * {@code T/M} and {@code K/T} (seen in use), the State {@code TM.}, {@code KT.}, {@code TL.}, {@code TUQ.} and
 * {@code Q.} (Nghị định 30/2020/NĐ-CP, Phụ lục I). A head signing in their own name writes none.
 */
public enum SigningCapacity implements Localized {
  /** {@code T/M}: on behalf of a Party collective body ("T/M BAN THƯỜNG VỤ"). */
  PARTY_ON_BEHALF("T/M", BodySystem.PARTY, "thay mặt (Đảng)", "on behalf of (Party)"),
  /** {@code K/T}: signing for the head of a Party body. */
  PARTY_SIGNING_FOR("K/T", BodySystem.PARTY, "ký thay (Đảng)", "signing for (Party)"),
  /** {@code TM.}: on behalf of a State collective body ("TM. ỦY BAN NHÂN DÂN"). */
  ON_BEHALF("TM.", BodySystem.STATE, "thay mặt", "on behalf of"),
  /** {@code KT.}: signing for the head (a deputy signs). */
  SIGNING_FOR("KT.", BodySystem.STATE, "ký thay", "signing for"),
  /** {@code TL.}: by order of the head (thừa lệnh). */
  BY_ORDER("TL.", BodySystem.STATE, "thừa lệnh", "by order of"),
  /** {@code TUQ.}: by authorisation of the head (thừa ủy quyền). */
  BY_AUTHORISATION("TUQ.", BodySystem.STATE, "thừa ủy quyền", "by authorisation of"),
  /** {@code Q.}: acting head (quyền). */
  ACTING("Q.", BodySystem.STATE, "quyền", "acting"),
  /** No capacity written: the head signs in their own name. */
  OWN_NAME("", null, "ký trực tiếp", "signs in own name");

  private final String written;
  private final BodySystem system;
  private final LocalizedText label;

  SigningCapacity(String written, BodySystem system, String vi, String en) {
    this.written = written;
    this.system = system;
    this.label = LocalizedText.of(vi, en);
  }

  /**
   * Returns the capacity as documents write it: {@code "T/M"}, {@code "KT."}; empty for {@link #OWN_NAME}.
   *
   * @return the written form
   */
  public String written() {
    return written;
  }

  /**
   * Returns the system whose documents write this capacity: Party forms for the Party, dotted forms for the State.
   *
   * @return the system, or empty for {@link #OWN_NAME}
   */
  public Optional<BodySystem> system() {
    return Optional.ofNullable(system);
  }

  /**
   * Returns the capacity with the given written form, ignoring case and spaces: {@code "t/m"}, {@code "KT."}.
   *
   * @param text the written form
   * @return the capacity, or empty when the form is not one of these
   */
  public static Optional<SigningCapacity> fromWritten(String text) {
    String key = checkNotNull(text, "text is null").replace(" ", "").toUpperCase(Locale.ROOT);
    for (SigningCapacity capacity : values()) {
      if (capacity != OWN_NAME && capacity.written.equals(key)) {
        return Optional.of(capacity);
      }
    }
    return Optional.empty();
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
