package vn.danso.plan;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;

/** Subjects and argument texts of the cascade's findings. */
final class Subjects {
  private Subjects() {}

  /**
   * The subject of a node: {@code body[<issuer id>] › document[<number>]}, as the document validator writes it; a
   * node without a number is {@code … › reference[<citation or type>]}.
   */
  static Subject of(CascadeNode node) {
    Optional<Body> issuer = node.issuer();
    Optional<DocumentNumber> number = node.number();
    Subject base = issuer.isPresent() ? Subject.of("body", issuer.get().id()) : Subject.root();
    if (number.isPresent()) {
      return base.child("document", number.get().format());
    }
    DocumentReference reference = node.reference();
    String key = reference.citation()
        .or(() -> reference.type().map(t -> t.typeName().vi()))
        .orElse("?");
    return base.child("reference", key);
  }

  /** The parts a reference lacks, in both languages: "số, ngày hoặc khóa" / "number, date or term". */
  static LocalizedText missing(ImmutableSet<DocumentReference.Part> parts) {
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (DocumentReference.Part part : parts) {
      if (vi.length() > 0) {
        vi.append(", ");
        en.append(", ");
      }
      switch (part) {
        case NUMBER:
          vi.append("số, ký hiệu");
          en.append("number");
          break;
        case ISSUER:
          vi.append("cơ quan ban hành");
          en.append("issuer");
          break;
        default:
          vi.append("ngày ban hành hoặc khóa");
          en.append("date or term");
      }
    }
    return LocalizedText.of(vi.toString(), en.toString());
  }
}
