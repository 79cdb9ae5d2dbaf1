package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.body.BodyKind;
import vn.danso.body.BodySystem;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.IndicatorCode;

/**
 * The contract every typed identifier keeps: it is made from text by {@code of}, or without throwing by
 * {@code tryParse}, and both agree on every text; it writes back the text it was made from; it compares by value;
 * misuse names the kind and the text and says what to use; any text, however long, is judged without overflowing
 * the stack. Property cases run over seeded generated texts; the seed and index are in each case's name.
 */
class IdentifierContractTest {
  private static final long SEED = 0x1D5L;
  private static final int TEXTS_PER_KIND = 5_000;

  /** One kind of identifier under the contract. */
  private record Kind(String name, Function<String, Object> of, Function<String, Optional<?>> tryParse,
      Function<Object, String> text, Class<? extends RuntimeException> misuse, String alphabet,
      List<String> valid, List<String> invalid) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("ElementCode", ElementCode::of, ElementCode::tryParse, o -> ((ElementCode) o).value(),
            IllegalArgumentException.class, "ab9-.A_ ",
            List.of("births", "population.average", "women.married-15-49"),
            List.of("", "Births", "births.", "-births", "a--b", "a..b", "a.-b", "1a", "a b", "a_b")),
        new Kind("IndicatorCode", IndicatorCode::of, IndicatorCode::tryParse, o -> ((IndicatorCode) o).value(),
            IllegalArgumentException.class, "AB9_a-. ",
            List.of("SRB", "TFR", "SHARE_65_PLUS"),
            List.of("", "srb", "SRB_", "_SRB", "A__B", "9A", "A-B", "A B")),
        new Kind("RuleId", RuleId::of, RuleId::tryParse, o -> ((RuleId) o).value(),
            IllegalArgumentException.class, "ab9-.A_ ",
            List.of("hierarchy.cycle", "document.date.leading-zero", "data.rule-text.syntax"),
            List.of("", "hierarchy", "Hierarchy.cycle", "hierarchy.", ".cycle", "a..b", "a.b-", "a_b.c")),
        new Kind("UnitCode", UnitCode::of, UnitCode::tryParse, o -> ((UnitCode) o).value(),
            IllegalArgumentException.class, "0123456789-VNa",
            List.of("VN", "91", "909", "31018", "31018-01", "31018-Ab"),
            List.of("", "1", "9091", "310180", " 91", "vn", "31018-", "3101-801", "31018-123456789")),
        new Kind("body kind id", IdentifierContractTest::bodyKind, null, o -> ((BodyKind) o).id(),
            IllegalStateException.class, "ab9-.A_ ",
            List.of("party.provincial-committee", "state", "sector.district-health-centre"),
            List.of("", "Party", "party..x", "party.", ".party", "party_x", "9party")));
  }

  private static Optional<Object> parse(Kind kind, String text) {
    return kind.tryParse().apply(text).map(Object.class::cast);
  }

  private static BodyKind bodyKind(String id) {
    return BodyKind.builder().id(id).system(BodySystem.STATE).name("x", "x")
        .addLevels(AdministrativeLevel.PROVINCE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void validTextsWriteBackTheTextTheyWereMadeFrom(Kind kind) {
    for (String text : kind.valid()) {
      Object id = kind.of().apply(text);
      assertThat(kind.text().apply(id)).as(text).isEqualTo(text);
      if (kind.tryParse() != null) {
        assertThat(id.toString()).as(text).isEqualTo(text);
        assertThat(parse(kind, text)).as(text).contains(id);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void misuseNamesTheTextAndSaysWhatToUse(Kind kind) {
    for (String text : kind.invalid()) {
      assertThatThrownBy(() -> kind.of().apply(text)).as("\"%s\"", text)
          .isInstanceOf(kind.misuse())
          .hasMessageContaining("\"" + text + "\"")
          .hasMessageMatching("(?s).*(: use |expected ).*");
      if (kind.tryParse() != null) {
        assertThat(parse(kind, text)).as("\"%s\"", text).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void nullIsMisuseForOfAndEmptyForTryParse(Kind kind) {
    assertThatThrownBy(() -> kind.of().apply(null)).isInstanceOf(NullPointerException.class);
    if (kind.tryParse() != null) {
      assertThat(parse(kind, null)).isEmpty();
    }
  }

  private static List<String> generatedTexts(Kind kind) {
    List<String> texts = new ArrayList<>();
    Random random = new Random(SEED ^ kind.name().hashCode());
    for (int i = 0; i < TEXTS_PER_KIND; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int c = 0; c < length; c++) {
        text.append(kind.alphabet().charAt(random.nextInt(kind.alphabet().length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void ofAndTryParseAgreeAndTheResultComparesByValue(Kind kind) {
    List<String> texts = generatedTexts(kind);
    int made = 0;
    for (int i = 0; i < texts.size(); i++) {
      String description = String.format("%s, seed %s, text #%s \"%s\"", kind, SEED, i, texts.get(i));
      made += checkOne(kind, texts.get(i), description);
    }
    assertThat(made).as("generated texts that are identifiers").isPositive().isLessThan(texts.size());
  }

  private static int checkOne(Kind kind, String text, String description) {
    Object made;
    try {
      made = kind.of().apply(text);
    } catch (IllegalArgumentException | IllegalStateException e) {
      assertThat(e).as(description).isInstanceOf(kind.misuse());
      if (kind.tryParse() != null) {
        assertThat(parse(kind, text)).as(description).isEmpty();
      }
      return 0;
    }
    assertThat(kind.text().apply(made)).as(description).isEqualTo(text);
    Object again = kind.of().apply(new String(text.toCharArray()));
    assertThat(again).as(description).isEqualTo(made).hasSameHashCodeAs(made);
    if (kind.tryParse() != null) {
      assertThat(parse(kind, text)).as(description).contains(made);
    }
    if (made instanceof Comparable<?>) {
      @SuppressWarnings("unchecked")
      Comparable<Object> comparable = (Comparable<Object>) made;
      assertThat(comparable.compareTo(again)).as(description).isZero();
      for (String otherText : kind.valid()) {
        @SuppressWarnings("unchecked")
        Comparable<Object> other = (Comparable<Object>) kind.of().apply(otherText);
        int forth = comparable.compareTo(other);
        assertThat(Integer.signum(other.compareTo(made))).as("%s against %s", description, otherText)
            .isEqualTo(-Integer.signum(forth));
        assertThat(forth == 0).as("%s against %s", description, otherText).isEqualTo(made.equals(other));
      }
    }
    return 1;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aVeryLongTextIsJudgedWithoutOverflowingTheStack(Kind kind) {
    String valid = kind.valid().get(kind.valid().size() - 1);
    String longText = (valid + ".").repeat(50_000) + valid;
    try {
      kind.of().apply(longText);
    } catch (IllegalArgumentException | IllegalStateException e) {
      assertThat(e).isInstanceOf(kind.misuse());
    }
    if (kind.tryParse() != null) {
      assertThat(parse(kind, longText + "!")).isEmpty();
    }
  }
}
