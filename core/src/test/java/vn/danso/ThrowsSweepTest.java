package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * Every public static method of the core that takes only text, numbers, days and constants throws, on generated
 * hostile arguments, only what its Javadoc's {@code @throws} lines name (or their subclasses), and never an error such
 * as {@code StackOverflowError}. The Javadoc is read from the sources, the methods found by reflection; each is called
 * with {@code danso.fuzz.count} / 200 argument lists (500 in every build) from the fuzz suite's generators.
 */
class ThrowsSweepTest {
  private static final Path SOURCES = Path.of(System.getProperty("danso.sources.dir", "src/main/java"));
  private static final List<String> TEXTS = List.of("909", "91", "31018", "21-NQ/TW", "94/KH-UBND", "2023",
      "2023Q1", "2021-2025", "births[male]", "SRB", "100.6", "1073", "ngày 25/10/2017", "Xã Đông Thạnh",
      "Hà Nội, ngày 03 tháng 4 năm 2018", "- Lưu VP.", "data.value.duplicate", "births[*]", "NIR ~= CBR - CDR",
      "age[15-49]", "sex:male", "TU", "UBND", "");
  private static final int[] INTS = {Integer.MIN_VALUE, -1, 0, 1, 2, 4, 9, 10, 12, 13, 100, 999, 1000, 2025, 9999,
      10_000, Integer.MAX_VALUE};
  private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -0.0,
      0.5, 1, -1, 100.6, 1e308, -1e308, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300};
  private static final LocalDate[] DAYS = {LocalDate.MIN, LocalDate.MAX, LocalDate.of(2025, 7, 1),
      LocalDate.of(1, 1, 1), LocalDate.of(2017, 10, 25), LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29)};
  private static final Pattern THROWS = Pattern.compile("@throws\\s+([\\w.]+)");

  /** A public static method and the exception types its Javadoc names. */
  private record Entry(Method method, Set<Class<?>> documented) {}

  @Test
  void publicStaticMethodsThrowOnlyWhatTheyDocument() throws IOException {
    List<Entry> entries = entries();
    assertThat(entries).as("methods swept").hasSizeGreaterThan(50);
    Map<String, String> undocumented = new TreeMap<>();
    int calls = Math.max(500, Fuzz.count() / 200);
    long seed = Fuzz.seed();
    for (Entry entry : entries) {
      String name = entry.method().getDeclaringClass().getSimpleName() + "." + entry.method().getName()
          + List.of(entry.method().getParameterTypes()).stream().map(Class::getSimpleName).toList();
      for (int i = 0; i < calls && !undocumented.containsKey(name); i++) {
        SplittableRandom r = new SplittableRandom(seed * 31 + name.hashCode() * 1_000_003L + i);
        Object[] args = arguments(entry.method(), r);
        try {
          entry.method().invoke(null, args);
        } catch (InvocationTargetException e) {
          Throwable thrown = e.getCause();
          if (!(thrown instanceof RuntimeException) || entry.documented().stream().noneMatch(t -> t.isInstance(thrown))) {
            undocumented.put(name, thrown.getClass().getName() + " on " + describe(args) + " (documented: "
                + entry.documented().stream().map(Class::getSimpleName).toList() + "): "
                + FuzzText.escape(String.valueOf(thrown.getMessage())));
          }
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertThat(undocumented).as("methods that throw what they do not document").isEmpty();
  }

  private static String describe(Object[] args) {
    List<String> shown = new ArrayList<>();
    for (Object arg : args) {
      shown.add(arg instanceof String s ? FuzzText.escape(s.length() > 200 ? s.substring(0, 200) + "…" : s)
          : String.valueOf(arg));
    }
    return shown.toString();
  }

  private static Object[] arguments(Method method, SplittableRandom r) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = argument(types[i], r);
    }
    return args;
  }

  private static Object argument(Class<?> type, SplittableRandom r) {
    if (type == String.class || type == CharSequence.class) {
      return FuzzText.text(r, TEXTS);
    }
    if (type == int.class) {
      return r.nextBoolean() ? INTS[r.nextInt(INTS.length)] : r.nextInt(-50, 3000);
    }
    if (type == long.class) {
      return r.nextBoolean() ? (long) INTS[r.nextInt(INTS.length)] : r.nextLong();
    }
    if (type == double.class) {
      return r.nextBoolean() ? DOUBLES[r.nextInt(DOUBLES.length)] : r.nextDouble(-1000, 1000);
    }
    if (type == boolean.class) {
      return r.nextBoolean();
    }
    if (type == LocalDate.class) {
      return r.nextBoolean() ? DAYS[r.nextInt(DAYS.length)] : LocalDate.ofEpochDay(r.nextLong(-800_000, 3_000_000));
    }
    Object[] constants = type.getEnumConstants();
    return constants[r.nextInt(constants.length)];
  }

  private static boolean supported(Class<?> type) {
    return type == String.class || type == CharSequence.class || type == int.class || type == long.class
        || type == double.class || type == boolean.class || type == LocalDate.class || type.isEnum();
  }

  /** Every public static method of an exported class with only supported parameters, with its {@code @throws}. */
  private static List<Entry> entries() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")
          && !p.endsWith("package-info.java") && !p.toString().contains("internal")).sorted().toList();
    }
    Map<String, String> classesBySimpleName = new HashMap<>();
    for (Path file : files) {
      String name = SOURCES.relativize(file).toString().replace('/', '.').replace(".java", "");
      classesBySimpleName.put(name.substring(name.lastIndexOf('.') + 1), name);
    }
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Class<?> type;
      try {
        type = Class.forName(SOURCES.relativize(file).toString().replace('/', '.').replace(".java", ""));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isStatic(method.getModifiers())
            || method.isSynthetic() || method.getParameterCount() == 0
            || type.isEnum() && method.getName().equals("valueOf")  // implicit, documented by the JDK
            || !List.of(method.getParameterTypes()).stream().allMatch(ThrowsSweepTest::supported)) {
          continue;
        }
        String javadoc = javadocOf(source, method);
        Set<Class<?>> documented = new LinkedHashSet<>();
        Matcher m = THROWS.matcher(javadoc);
        while (m.find()) {
          documented.add(exceptionClass(m.group(1), classesBySimpleName));
        }
        entries.add(new Entry(method, documented));
      }
    }
    return entries;
  }

  /** The Javadoc just above the declaration of the method with this name and these parameter types. */
  private static String javadocOf(String source, Method method) {
    Pattern declaration = Pattern.compile("(?:public )?static [^;{=()]*?\\b" + method.getName() + "\\(([^)]*)\\)");
    Matcher m = declaration.matcher(source);
    while (m.find()) {
      String[] parameters = m.group(1).isBlank() ? new String[0] : m.group(1).split(",(?![^<]*>)");
      if (parameters.length != method.getParameterCount()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < parameters.length; i++) {
        String declared = parameters[i].trim().replaceAll("<.*>", "").replaceAll("^(final\\s+)?", "");
        declared = declared.substring(0, declared.lastIndexOf(' ')).trim();
        same &= declared.endsWith(method.getParameterTypes()[i].getSimpleName())
            || declared.equals("Object") && !method.getParameterTypes()[i].isPrimitive();
      }
      if (!same) {
        continue;
      }
      int end = source.lastIndexOf("*/", m.start());
      int start = source.lastIndexOf("/**", m.start());
      String between = end < 0 ? "" : source.substring(end + 2, m.start());
      if (start < 0 || end < start || !between.replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) {
        return "";
      }
      return source.substring(start, end);
    }
    throw new AssertionError("no declaration found for " + method);
  }

  private static Class<?> exceptionClass(String name, Map<String, String> core) {
    for (String candidate : new String[] {name, "java.lang." + name, "java.time." + name,
        "java.time.format." + name, core.getOrDefault(name, name)}) {
      try {
        return Class.forName(candidate);
      } catch (ClassNotFoundException e) {
        // try the next
      }
    }
    throw new AssertionError("@throws " + name + " names no class known to the sweep");
  }
}
