package vn.danso.benchmarks;

/** A program that does nothing: the cold start of the JVM alone, the baseline of {@code cold-start.sh}. */
public final class EmptyMain {
  private EmptyMain() {}

  /**
   * Does nothing.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Nothing: the JVM's own start and exit are what is measured.
  }
}
