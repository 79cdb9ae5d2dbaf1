package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.testing.Gen;

/**
 * Properties of the number reader, over 100,000 generated numbers and 100,000 arbitrary texts per build: a number
 * written messily reads as the same number as its canonical form; the canonical form reads back to an equal
 * number; any text either reads or fails with the documented exception, pointing into the text.
 */
class DocumentNumberPropertyTest {
  private static final int SEEDS = 20;
  private static final int PER_SEED = 5_000;
  private static final NumberingScheme RULES = NumberingScheme.standard();
  private static final List<String> PARTY_TYPES = codes(NumberFamily.PARTY);
  private static final List<String> STATE_TYPES = codes(NumberFamily.STATE_ADMINISTRATIVE);
  private static final List<String> LEGAL_TYPES = codes(NumberFamily.LEGAL_NORMATIVE);
  private static final List<String> ISSUERS = RULES.issuers().entries().stream()
      .filter(e -> !e.termNumbered()).map(IssuerAbbreviation::code).collect(ImmutableList.toImmutableList());
  /**
   * Issuers that can head a letter: not the Chairman of the Council of Ministers' {@code CT}, which the State table
   * also knows as a type (Chỉ thị) and which is read as the type in that place.
   */
  private static final List<String> LETTER_ISSUERS = ISSUERS.stream()
      .filter(code -> RULES.typeAbbreviation(NumberFamily.STATE_ADMINISTRATIVE, code).isEmpty())
      .collect(ImmutableList.toImmutableList());
  private static final String[] DASHES = {"-", "-", "–", "—", "−", "‐", "－"};
  private static final String[] SLASHES = {"/", "/", "／", "∕", "⁄"};
  private static final String[] SPACES = {"", "", " ", "  ", "\u00A0", "\t"};
  private static final String[] PREFIXES = {"", "", "Số ", "Số: ", "số ", "SỐ:", "So:", "số:"};

  static Stream<Long> seeds() {
    return Gen.seeds(SEEDS);
  }

  private static List<String> codes(NumberFamily family) {
    return RULES.typeAbbreviations(family).stream().filter(t -> t.code().isPresent()).map(t -> t.code().get())
        .collect(ImmutableList.toImmutableList());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void messyTextReadsAsItsCanonicalFormWhichReadsBackEqual(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String[] parts = canonicalParts(gen);
      String canonical = String.join("", parts);
      String messy = messy(gen, parts);
      DocumentNumber expected = RULES.tryParse(canonical).value().orElse(null);
      if (expected == null) {
        fail("seed=%s case %s: canonical \"%s\" did not read: %s", seed, i, canonical, RULES.tryParse(canonical));
      }
      assertThat(expected.format()).as("seed=%s case %s", seed, i).isEqualTo(canonical);
      ParseResult<DocumentNumber> read = RULES.tryParse(messy);
      assertThat(read.value()).as("seed=%s case %s: \"%s\" gave %s", seed, i, messy, read).contains(expected);
      assertThat(RULES.parse(expected.format())).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anyTextReadsOrFailsWithTheDocumentedException(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String text = gen.chance(0.5) ? gen.arbitraryText(40) : mutate(gen, String.join("", canonicalParts(gen)));
      checkReadsOrFails(seed, i, text);
    }
  }

  static void checkReadsOrFails(long seed, int i, String text) {
    ParseResult<DocumentNumber> lenient;
    try {
      lenient = RULES.tryParse(text);
    } catch (RuntimeException e) {
      throw new AssertionError("seed=" + seed + " case " + i + ": tryParse threw on \"" + text + "\"", e);
    }
    try {
      DocumentNumber strict = RULES.parse(text);
      assertThat(lenient.value()).as("seed=%s case %s", seed, i).contains(strict);
      assertThat(RULES.parse(strict.format())).as("seed=%s case %s: %s", seed, i, text).isEqualTo(strict);
    } catch (DocumentParseException e) {
      assertThat(lenient.isSuccess()).as("seed=%s case %s", seed, i).isFalse();
      assertThat(e.errorIndex()).as("seed=%s case %s", seed, i).isEqualTo(lenient.errorIndex())
          .isBetween(0, text.length());
      assertThat(e.problem()).isEqualTo(lenient.problem().get());
      assertThat(e.input()).isEqualTo(text);
    } catch (RuntimeException e) {
      throw new AssertionError("seed=" + seed + " case " + i + ": parse threw " + e + " on \"" + text + "\"", e);
    }
  }

  /** The canonical number as tokens: number, separators, codes; joined they are the canonical form. */
  static String[] canonicalParts(Gen gen) {
    int number = gen.chance(0.2) ? gen.intBetween(0, 9) : gen.intBetween(10, gen.chance(0.1) ? 999_999_999 : 9_999);
    String n = number < 10 ? "0" + number : Integer.toString(number);
    switch (gen.intBetween(0, 6)) {
      case 0:
        return withQualifiers(gen, n, "-", gen.pick(PARTY_TYPES), "/", issuer(gen));
      case 1:
        return withQualifiers(gen, n, "/", gen.pick(STATE_TYPES), "-", issuer(gen));
      case 2:
        return withQualifiers(gen, n, "/", gen.pick(LETTER_ISSUERS));
      case 3:
        return withQualifiers(gen, n, "/", year(gen), "/", gen.pick(LEGAL_TYPES), "-", issuer(gen));
      case 4:
        return new String[] {n, "/", year(gen), "/", gen.pick("QH", "UBTVQH") + gen.intBetween(1, 20)};
      case 5:   // the year after a hyphen: 19-2018/NQ-CP
        return withQualifiers(gen, n, "-", year(gen), "/", gen.pick(STATE_TYPES), "-", issuer(gen));
      default:  // the older form without a type: 216-CP, 72-HĐBT, 192-CT, 270-TTg
        return new String[] {gen.chance(0.1) ? n + gen.pick("a", "e", "i") : n, "-",
            gen.pick("CP", "HĐBT", "CT", "TTg")};
    }
  }

  private static String year(Gen gen) {
    return Integer.toString(gen.intBetween(1945, 2100));
  }

  private static String issuer(Gen gen) {
    if (gen.chance(0.1)) {
      return gen.pick("QH", "UBTVQH") + gen.intBetween(1, 20);
    }
    return gen.pick(ISSUERS);
  }

  private static String[] withQualifiers(Gen gen, String... parts) {
    if (!gen.chance(0.2)) {
      return parts;
    }
    String[] out = java.util.Arrays.copyOf(parts, parts.length + 2);
    out[parts.length] = "-";
    out[parts.length + 1] = gen.pick("TCDS", "VP", "BTC", "KGVX", "ĐT");
    return out;
  }

  /** The tokens written as a hurried clerk might: prefix, spaces, dashes, case, Ð, NFD, invisible characters. */
  static String messy(Gen gen, String[] parts) {
    StringBuilder out = new StringBuilder(gen.pick(SPACES)).append(gen.pick(PREFIXES));
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (part.equals("-")) {
        out.append(gen.pick(SPACES)).append(gen.pick(DASHES)).append(gen.pick(SPACES));
      } else if (part.equals("/")) {
        out.append(gen.pick(SPACES)).append(gen.pick(SLASHES)).append(gen.pick(SPACES));
      } else if (k == 0) {
        out.append("0".repeat(Math.max(0, Math.min(gen.intBetween(-3, 2), 9 - part.length())))).append(part);
      } else {
        for (int c = 0; c < part.length(); c++) {
          char ch = part.charAt(c);
          ch = gen.chance(0.3) ? Character.toLowerCase(ch) : ch;
          ch = ch == 'Đ' && gen.chance(0.3) ? 'Ð' : ch == 'đ' && gen.chance(0.3) ? 'ð' : ch;
          out.append(ch);
        }
      }
    }
    out.append(gen.pick(SPACES));
    if (gen.chance(0.1)) {
      out.insert(gen.intBetween(0, out.length()), '\u200B');
    }
    String text = out.toString();
    return gen.chance(0.2) ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
  }

  /** The text with one character inserted, replaced or deleted. */
  static String mutate(Gen gen, String text) {
    StringBuilder out = new StringBuilder(text);
    int at = gen.intBetween(0, out.length() - 1);
    char c = gen.pick('-', '/', ' ', 'Q', 'đ', '0', '9', '.', ',', '\u0301', '–', 'x');
    switch (gen.intBetween(0, 2)) {
      case 0:
        out.insert(at, c);
        break;
      case 1:
        out.setCharAt(at, c);
        break;
      default:
        out.deleteCharAt(at);
    }
    return out.toString();
  }
}
