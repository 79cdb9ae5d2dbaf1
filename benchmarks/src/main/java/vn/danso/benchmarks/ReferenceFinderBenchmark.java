package vn.danso.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import vn.danso.document.ReferenceFinder;

/**
 * Finding references in running text: {@link ReferenceFinder#find} over about 1 MB of Vietnamese text (the
 * sentences of provincial documents, about one citation in every 400 characters, numbers varied), against the
 * baseline of one precompiled regular expression that only finds number-shaped tokens ({@code 21-NQ/TW},
 * {@code 94/KH-UBND}, {@code 30/2020/NĐ-CP}) and reads nothing around them. Goal: at least 20 MB of text per second
 * per core. The time per pass is reported; divide the text's size ({@link #megabytes}, printed at set-up) by it.
 *
 * <p>On a shared machine the wall-clock time per pass mostly measures how often the thread was descheduled, so each
 * benchmark also sums the thread's CPU time over the measurement iterations and prints the CPU time per pass and the
 * megabytes per second of one core at the end of its trial: compare those, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReferenceFinderBenchmark {
  private static final Pattern NUMBER_SHAPED = Pattern.compile(
      "\\d{1,9}\\s?[-/]\\s?(?:\\d{4}/)?\\p{L}[\\p{L}\\d]*(?:[-/]\\p{L}[\\p{L}\\d]*)*");
  private static final String[] CITING = {
      "Thực hiện Nghị quyết số %d-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số "
          + "trong tình hình mới và Kế hoạch số %d-KH/TU ngày 27/01/2018 của Thành ủy, ",
      "Căn cứ Quyết định số %d/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ phê duyệt Chiến lược Dân số Việt Nam "
          + "đến năm 2030; ",
      "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số %d/TTr-SYT ngày 04 tháng 11 năm 2009, ",
      "Căn cứ Nghị định số %d/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ. ",
      "Ủy ban nhân dân tỉnh ban hành Công văn số %d/UBND-VX thực hiện Chỉ thị %d/CT-TTg của Thủ tướng Chính phủ. "};
  private static final String[] NARRATIVE = {
      "Công tác dân số trong thời gian qua đã đạt được nhiều kết quả quan trọng: tốc độ gia tăng dân số được khống "
          + "chế, mức sinh thay thế được tiếp tục duy trì qua nhiều năm. ",
      "Năm 2023, toàn huyện có 1.073 trẻ sinh ra, trong đó 538 bé trai và 535 bé gái; tỷ số giới tính khi sinh là "
          + "100,6 bé trai/100 bé gái, tỷ lệ tăng dân số tự nhiên 5,19‰. ",
      "Các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức quán triệt, tuyên "
          + "truyền sâu rộng đến cán bộ, đảng viên và Nhân dân giai đoạn 2021 - 2025. ",
      "Cộng tác viên dân số ở các thôn, tổ dân phố thường xuyên cập nhật thông tin biến động dân số vào sổ A0 và "
          + "báo cáo hằng tháng trước ngày 01 của tháng sau. "};

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The size of the text in megabytes (UTF-8). */
  double megabytes;
  private String text;
  private ReferenceFinder finder;
  private boolean measuring;
  private long cpuNanos;
  private long passes;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20171025);
    StringBuilder out = new StringBuilder(1 << 20);
    while (out.length() < 900_000) {
      for (int k = 0; k < 3; k++) {
        out.append(NARRATIVE[random.nextInt(NARRATIVE.length)]);
      }
      String citing = CITING[random.nextInt(CITING.length)];
      out.append(String.format(citing, 1 + random.nextInt(9999), 1 + random.nextInt(999)));
    }
    text = out.toString();
    finder = ReferenceFinder.standard();
    megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    System.out.printf("%ntext: %,d characters, %.3f MB in UTF-8, %d references%n", text.length(), megabytes,
        finder.find(text).matches().size());
  }

  /**
   * Notes whether the coming iteration is measured.
   *
   * @param iteration the iteration's parameters
   */
  @Setup(org.openjdk.jmh.annotations.Level.Iteration)
  public void startIteration(IterationParams iteration) {
    measuring = iteration.getType() == IterationType.MEASUREMENT;
  }

  /** Prints the CPU time per pass of the measured iterations. */
  @TearDown
  public void printCpuTime() {
    if (passes > 0) {
      double ms = cpuNanos / 1e6 / passes;
      System.out.printf("%nCPU time: %.2f ms a pass over %d passes, %.1f MB/s per core%n", ms, passes,
          megabytes / (ms / 1000));
    }
  }

  /** The baseline: every number-shaped token, by one precompiled regular expression. */
  @Benchmark
  public int numberShapedRegex() {
    long start = THREADS.getCurrentThreadCpuTime();
    Matcher m = NUMBER_SHAPED.matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
    }
    count(start);
    return found;
  }

  /** Every reference with its parts, resolved against the national catalogue, with the findings. */
  @Benchmark
  public int findReferences() {
    long start = THREADS.getCurrentThreadCpuTime();
    int found = finder.find(text).matches().size();
    count(start);
    return found;
  }

  /** The same in the lenient mode, which first joins words hyphenated at line ends. */
  @Benchmark
  public int findReferencesLenient() {
    long start = THREADS.getCurrentThreadCpuTime();
    int found = finder.lenient().find(text).matches().size();
    count(start);
    return found;
  }

  private void count(long start) {
    if (measuring) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
      passes++;
    }
  }
}
