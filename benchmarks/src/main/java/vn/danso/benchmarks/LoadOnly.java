package vn.danso.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the classes named in a file, one per line, without initialising them or running any of their code, and
 * prints how long that took in milliseconds: what finding, reading and defining those classes costs a fresh JVM by
 * itself. {@code cold-start.sh} gives it the classes the README's ten lines load from outside the JDK's class-data
 * archive, which shows how much of the ten lines' cold start is loading classes at all.
 */
public final class LoadOnly {
  private LoadOnly() {}

  /**
   * Loads the classes and prints the time.
   *
   * @param args the file of class names
   * @throws IOException if the file cannot be read
   * @throws ClassNotFoundException if a class is not on the class path
   */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    List<String> names = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    ClassLoader loader = LoadOnly.class.getClassLoader();
    long start = System.nanoTime();
    int loaded = 0;
    for (String name : names) {
      if (!name.isBlank()) {
        Class.forName(name.strip(), false, loader);
        loaded++;
      }
    }
    long nanos = System.nanoTime() - start;
    System.out.println(new StringBuilder().append(nanos / 1_000_000).append(" ms for ").append(loaded)
        .append(" classes"));
  }
}
