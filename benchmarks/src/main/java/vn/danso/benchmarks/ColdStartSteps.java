package vn.danso.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataValidator;
import vn.danso.data.Submission;
import vn.danso.document.DocumentNumber;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/**
 * The README's ten lines as {@link ColdStart} runs them, timed step by step in a fresh process: the main thread's CPU
 * time and the wall time of each step, in milliseconds. Run it once as it is and once with an application class-data
 * archive (which removes loading and verifying the classes) to see what each step spends on loading classes and what
 * on running code; {@code cold-start.sh} gives the whole process's figures.
 */
public final class ColdStartSteps {
  private static final String[] STEPS = {
    "build the submission", "IndicatorCatalogue.builtIn()", "DataValidator.builtIn()", "validate(submission)",
    "report.format(Language.EN)", "DocumentNumber.parse + format"};

  private ColdStartSteps() {}

  /**
   * Runs the steps and prints one line per step: its name, CPU time and wall time in milliseconds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[STEPS.length + 1];
    long[] wall = new long[STEPS.length + 1];
    cpu[0] = threads.getCurrentThreadCpuTime();
    wall[0] = System.nanoTime();
    Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535)
        .add("SRB", 100.6, 1)
        .build();
    cpu[1] = threads.getCurrentThreadCpuTime();
    wall[1] = System.nanoTime();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    cpu[2] = threads.getCurrentThreadCpuTime();
    wall[2] = System.nanoTime();
    DataValidator validator = DataValidator.builtIn();
    cpu[3] = threads.getCurrentThreadCpuTime();
    wall[3] = System.nanoTime();
    ValidationReport report = validator.validate(anMinh);
    cpu[4] = threads.getCurrentThreadCpuTime();
    wall[4] = System.nanoTime();
    String text = report.format(Language.EN);
    cpu[5] = threads.getCurrentThreadCpuTime();
    wall[5] = System.nanoTime();
    String canonical = DocumentNumber.parse("Số: 49–KH/ÐUK").format();
    cpu[6] = threads.getCurrentThreadCpuTime();
    wall[6] = System.nanoTime();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < STEPS.length; i++) {
      line(out, STEPS[i], cpu[i + 1] - cpu[i], wall[i + 1] - wall[i]);
    }
    line(out, "all steps", cpu[STEPS.length] - cpu[0], wall[STEPS.length] - wall[0]);
    out.append("(results: ").append(report.isValid()).append(", ").append(text.length()).append(", ")
        .append(canonical).append(", ").append(catalogue.indicators().size()).append(" indicators)");
    System.out.println(out);
  }

  private static void line(StringBuilder out, String step, long cpuNanos, long wallNanos) {
    out.append(step).append(": CPU ").append(cpuNanos / 100_000 / 10.0).append(" ms, wall ")
        .append(wallNanos / 100_000 / 10.0).append(" ms\n");
  }
}
