package vn.danso.benchmarks;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.document.DocumentNumber;
import vn.danso.document.NumberFamily;
import vn.danso.document.NumberingScheme;

/**
 * Reading document numbers: {@link NumberingScheme#parse} (clean up, read, resolve the codes in the tables) and
 * parse-then-format (the canonical form), against the baseline of matching the same texts with one precompiled
 * regular expression, which neither normalises nor builds anything. Goal: at least 5 million numbers per second per
 * core.
 *
 * <p>{@code clean} inputs are canonical or header forms ({@code "Số: 94/KH-UBND"}); {@code messy} ones are written as
 * data entry writes them: dashes and slashes of every kind, spaces around separators, lower case, {@code Ð} for
 * {@code Đ}, one in ten decomposed (NFD). The regex matches the clean ones and, having no normalisation, few of the
 * messy ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentNumberBenchmark {
  private static final int COUNT = 1024;
  private static final NumberingScheme RULES = NumberingScheme.standard();
  private static final Pattern BASELINE = Pattern.compile(
      "(?:[Ss]ố:?\\s*)?\\d{1,9}(?:-\\p{L}+/\\p{L}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*"
          + "|/(?:\\d{4}/)?\\p{L}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*)");

  @Param({"clean", "messy"})
  String input;

  private String[] texts;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20180604);
    List<String> party = codes(NumberFamily.PARTY);
    List<String> state = codes(NumberFamily.STATE_ADMINISTRATIVE);
    List<String> legal = codes(NumberFamily.LEGAL_NORMATIVE);
    List<String> issuers = RULES.issuers().entries().stream().filter(e -> !e.termNumbered())
        .map(IssuerAbbreviation::code).collect(Collectors.toList());
    texts = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      int n = 1 + random.nextInt(random.nextBoolean() ? 99 : 9999);
      String number;
      switch (random.nextInt(5)) {
        case 0:
        case 1:
          number = n + "-" + pick(random, party) + "/" + pick(random, issuers);
          break;
        case 2:
          number = n + "/" + pick(random, state) + "-" + pick(random, issuers);
          break;
        case 3:
          number = n + "/" + (2000 + random.nextInt(26)) + "/" + pick(random, legal) + "-" + pick(random, issuers);
          break;
        default:
          number = n + "/" + (2000 + random.nextInt(26)) + "/QH" + (10 + random.nextInt(6));
      }
      texts[i] = input.equals("clean") ? clean(random, number) : messy(random, number);
    }
    for (String text : texts) {
      DocumentNumber.parse(text);
    }
  }

  private static List<String> codes(NumberFamily family) {
    return RULES.typeAbbreviations(family).stream().filter(t -> t.code().isPresent()).map(t -> t.code().get())
        .collect(Collectors.toList());
  }

  private static String pick(SplittableRandom random, List<String> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static String clean(SplittableRandom random, String number) {
    switch (random.nextInt(4)) {
      case 0:
        return "Số: " + number;
      case 1:
        return "Số " + number;
      default:
        return number;
    }
  }

  private static String messy(SplittableRandom random, String number) {
    String text = number
        .replace("-", random.nextBoolean() ? " – " : "—")
        .replace("/", random.nextBoolean() ? " / " : "／")
        .replace('Đ', random.nextBoolean() ? 'Ð' : 'Đ');
    text = (random.nextBoolean() ? "số: " : "") + (random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text);
    return random.nextInt(10) == 0 ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
  }

  /** Baseline: one precompiled regular expression matched against each text. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void baselineRegexMatch(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(BASELINE.matcher(text).matches());
    }
  }

  /** Reading each text into a {@link DocumentNumber}. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void parse(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(RULES.parse(text));
    }
  }

  /** Reading each text and writing its canonical form: normalisation end to end. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void parseAndFormat(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(RULES.parse(text).format());
    }
  }
}
