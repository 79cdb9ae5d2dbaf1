package vn.danso.archfixtures.io;

public final class PrintsAndReadsEnvironment {
  public void print() {
    System.out.println(System.getenv("HOME"));
  }
}
