package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
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
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * Every public static method of the core that takes only text, numbers, days and constants throws, on generated
 * hostile arguments, only what its Javadoc's {@code @throws} lines name (or their subclasses), and never an error such
 * as {@code StackOverflowError}. The Javadoc is read from the sources, the methods found by reflection; each is called
 * with {@code danso.fuzz.count} / 200 argument lists (500 in every build) from the fuzz suite's generators.
 *
 * <p>The same holds for every public constructor with such parameters, and for every public instance method with such
 * parameters of the values the sweep can obtain: what the static factories it calls return, what the public static
 * methods without parameters return (the built-in catalogues, calendars and schemes), the constants of the core's
 * enums, and a small hierarchy of four districts. An instance method may throw what its own Javadoc or that of the
 * method it overrides names. Each constructor and instance method gets 200 argument lists in every build
 * ({@code danso.fuzz.count} / 500), each on a receiver drawn from those obtained; then, once more, the instance
 * methods of the new types those calls return (the as-of view of a hierarchy, for one).
 */
class ThrowsSweepTest {
  private static final Path SOURCES = Path.of(System.getProperty("danso.sources.dir", "src/main/java"));
  /** Where Immutables writes the builders it generates, whose methods' Javadoc is read from there. */
  private static final Path GENERATED = SOURCES.resolve("../../../target/generated-sources/annotations").normalize();
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

  /** A public static method, constructor or instance method and the exception types its Javadoc names. */
  record Entry(Executable method, Set<Class<?>> documented, Class<?> receiver) {
    Entry(Executable method, Set<Class<?>> documented) {
      this(method, documented, null);
    }
  }

  /** At most this many values of one type are kept as receivers of its instance methods. */
  private static final int RECEIVERS_PER_TYPE = 12;

  @Test
  void publicStaticMethodsThrowOnlyWhatTheyDocument() throws IOException {
    List<Entry> entries = entries();
    assertThat(entries).as("methods swept").hasSizeGreaterThan(50);
    Map<String, String> undocumented = new TreeMap<>();
    Map<Class<?>, List<Object>> receivers = new HashMap<>();
    sweep(entries, Math.max(500, Fuzz.count() / 200), Map.of(), receivers, undocumented);
    assertThat(undocumented).as("methods that throw what they do not document").isEmpty();
  }

  @Test
  void constructorsAndInstanceMethodsThrowOnlyWhatTheyDocument() throws IOException {
    List<Entry> statics = entries();
    Map<Class<?>, List<Object>> receivers = new HashMap<>();
    Map<String, String> ignored = new TreeMap<>();
    sweep(statics, 50, Map.of(), receivers, ignored);
    addBuiltInReceivers(receivers);
    List<Entry> constructors = constructorEntries();
    List<Entry> instance = instanceEntries(receivers.keySet());
    assertThat(constructors).as("constructors swept").hasSizeGreaterThan(5);
    assertThat(instance).as("instance methods swept").hasSizeGreaterThan(50);
    System.out.printf("ThrowsSweepTest: %d static methods, %d constructors, %d instance methods of %d types%n",
        statics.size(), constructors.size(),
        instance.size(), instance.stream().map(Entry::receiver).distinct().count());
    Map<String, String> undocumented = new TreeMap<>();
    int calls = Math.max(200, Fuzz.count() / 500);
    sweep(constructors, calls, Map.of(), new HashMap<>(), undocumented);
    Map<Class<?>, List<Object>> returned = new HashMap<>();
    sweep(instance, calls, receivers, returned, undocumented);
    returned.keySet().removeAll(receivers.keySet());
    List<Entry> further = instanceEntries(returned.keySet());
    System.out.printf("ThrowsSweepTest: then %d instance methods of the types their results give: %s%n",
        further.size(), further.stream().map(e -> e.receiver().getSimpleName()).distinct().toList());
    sweep(further, calls, returned, new HashMap<>(), undocumented);
    assertThat(undocumented).as("constructors and instance methods that throw what they do not document").isEmpty();
  }

  /**
   * Calls each entry {@code calls} times with generated arguments (an instance method on a receiver drawn from
   * {@code receivers}), keeps what a static factory returns in {@code found}, and records the first undocumented
   * exception of each entry in {@code undocumented}.
   */
  static void sweep(List<Entry> entries, int calls, Map<Class<?>, List<Object>> receivers,
      Map<Class<?>, List<Object>> found, Map<String, String> undocumented) {
    long seed = Fuzz.seed();
    for (Entry entry : entries) {
      Executable method = entry.method();
      String name = (entry.receiver() != null ? entry.receiver() : method.getDeclaringClass()).getSimpleName() + "."
          + (method instanceof Constructor<?> ? "<init>" : method.getName())
          + List.of(method.getParameterTypes()).stream().map(Class::getSimpleName).toList();
      boolean onInstance = method instanceof Method m && !Modifier.isStatic(m.getModifiers());
      for (int i = 0; i < calls && !undocumented.containsKey(name); i++) {
        SplittableRandom r = new SplittableRandom(seed * 31 + name.hashCode() * 1_000_003L + i);
        Object[] args = arguments(method, r);
        Object receiver = null;
        if (onInstance) {
          List<Object> pool = receivers.get(entry.receiver());
          receiver = pool.get(r.nextInt(pool.size()));
        }
        try {
          Object result = method instanceof Method m ? m.invoke(receiver, args)
              : ((Constructor<?>) method).newInstance(args);
          if (method instanceof Method m) {
            keep(found, m.getReturnType(), result);
          }
        } catch (InvocationTargetException e) {
          Throwable thrown = e.getCause();
          if (!(thrown instanceof RuntimeException) || entry.documented().stream().noneMatch(t -> t.isInstance(thrown))) {
            undocumented.put(name, thrown.getClass().getName() + " on " + (onInstance ? FuzzText.escape(String.valueOf(receiver)) + "." : "")
                + describe(args) + " (documented: "
                + entry.documented().stream().map(Class::getSimpleName).toList() + "): "
                + FuzzText.escape(String.valueOf(thrown.getMessage())));
          }
        } catch (IllegalAccessException | InstantiationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** Keeps a value of a public core type (not a builder) as a receiver, at most {@link #RECEIVERS_PER_TYPE}. */
  static void keep(Map<Class<?>, List<Object>> found, Class<?> type, Object value) {
    if (value == null || !type.getName().startsWith("vn.danso.") || type.getSimpleName().equals("Builder")
        || !Modifier.isPublic(type.getModifiers())) {
      return;
    }
    List<Object> pool = found.computeIfAbsent(type, t -> new ArrayList<>());
    if (pool.size() < RECEIVERS_PER_TYPE && !pool.contains(value)) {
      pool.add(value);
    }
  }

  /**
   * Adds what every public static method without parameters returns (built-in catalogues, calendars, schemes), the
   * constants of every public enum, and a small hierarchy.
   */
  static void addBuiltInReceivers(Map<Class<?>, List<Object>> receivers) throws IOException {
    for (Class<?> type : publicClasses()) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          keep(receivers, type, constant);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0 && !method.isSynthetic()) {
          try {
            keep(receivers, method.getReturnType(), method.invoke(null));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(method + " without arguments", e);
          }
        }
      }
    }
    HierarchyResult result = VietnamCatalogue.builder()
        .addRows(List.of(
            UnitRow.of("001", "Quận Ba Đình", "01"),
            UnitRow.of("058", "Thành phố Bắc Kạn", UnitType.THANH_PHO_THUOC_TINH, "06"),
            UnitRow.of("474", "Thành phố Huế", UnitType.THANH_PHO_THUOC_TINH, "46"),
            UnitRow.of("909", "Huyện An Minh", "91")))
        .build();
    keep(receivers, Hierarchy.class, result.hierarchy());
  }

  static String describe(Object[] args) {
    List<String> shown = new ArrayList<>();
    for (Object arg : args) {
      shown.add(arg instanceof String s ? FuzzText.escape(s.length() > 200 ? s.substring(0, 200) + "…" : s)
          : String.valueOf(arg));
    }
    return shown.toString();
  }

  private static Object[] arguments(Executable method, SplittableRandom r) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = argument(types[i], r);
    }
    return args;
  }

  static Object argument(Class<?> type, SplittableRandom r) {
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

  static boolean supported(Class<?> type) {
    return type == String.class || type == CharSequence.class || type == int.class || type == long.class
        || type == double.class || type == boolean.class || type == LocalDate.class || type.isEnum();
  }

  /** The source files of the exported core classes, sorted. */
  private static List<Path> sourceFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")
          && !p.endsWith("package-info.java") && !p.toString().contains("internal")).sorted().toList();
    }
  }

  private static String className(Path file) {
    return SOURCES.relativize(file).toString().replace('/', '.').replace(".java", "");
  }

  /** Every public class of an exported package, nested public classes included. */
  static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (Path file : sourceFiles()) {
      Class<?> type;
      try {
        type = Class.forName(className(file));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      addPublic(type, classes);
    }
    return classes;
  }

  private static void addPublic(Class<?> type, List<Class<?>> classes) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return;
    }
    classes.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addPublic(nested, classes);
    }
  }

  static Map<String, String> classesBySimpleName() throws IOException {
    Map<String, String> classesBySimpleName = new HashMap<>();
    for (Path file : sourceFiles()) {
      String name = className(file);
      classesBySimpleName.put(name.substring(name.lastIndexOf('.') + 1), name);
    }
    return classesBySimpleName;
  }

  /** The source of the file that declares this class (its outermost class's file). */
  static String sourceOf(Class<?> type) throws IOException {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path file = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
    if (!Files.exists(file)) {
      file = GENERATED.resolve(top.getName().replace('.', '/') + ".java");
    }
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  static Set<Class<?>> documented(String javadoc, Map<String, String> classesBySimpleName) {
    Set<Class<?>> documented = new LinkedHashSet<>();
    Matcher m = THROWS.matcher(javadoc);
    while (m.find()) {
      documented.add(exceptionClass(m.group(1), classesBySimpleName));
    }
    return documented;
  }

  /** Every public static method of an exported class with only supported parameters, with its {@code @throws}. */
  static List<Entry> entries() throws IOException {
    Map<String, String> classesBySimpleName = classesBySimpleName();
    List<Entry> entries = new ArrayList<>();
    for (Path file : sourceFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Class<?> type;
      try {
        type = Class.forName(className(file));
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
        entries.add(new Entry(method, documented(javadocOf(source, method), classesBySimpleName)));
      }
    }
    return entries;
  }

  /**
   * Every public constructor of a public class (nested ones included, builders left out) with only supported
   * parameters. A record's canonical constructor that is not written out has no Javadoc and may throw nothing.
   */
  private static List<Entry> constructorEntries() throws IOException {
    Map<String, String> classesBySimpleName = classesBySimpleName();
    List<Entry> entries = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      if (type.getSimpleName().equals("Builder") || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      String source = sourceOf(type);
      for (Constructor<?> constructor : type.getConstructors()) {
        if (constructor.getParameterCount() == 0
            || !List.of(constructor.getParameterTypes()).stream().allMatch(ThrowsSweepTest::supported)) {
          continue;
        }
        entries.add(new Entry(constructor, documented(constructorJavadoc(source, constructor), classesBySimpleName)));
      }
    }
    return entries;
  }

  /**
   * Every public instance method with only supported parameters of the types with receivers, declared in the core;
   * it may throw what its Javadoc names or what the Javadoc of a core method it overrides names.
   */
  private static List<Entry> instanceEntries(Set<Class<?>> types) throws IOException {
    Map<String, String> classesBySimpleName = classesBySimpleName();
    List<Entry> entries = new ArrayList<>();
    for (Class<?> type : types.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
      List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
      methods.sort((a, b) -> a.toString().compareTo(b.toString()));
      for (Method method : methods) {
        if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.getParameterCount() == 0
            || !method.getDeclaringClass().getName().startsWith("vn.danso.")
            || !Modifier.isPublic(method.getDeclaringClass().getModifiers())
            || !List.of(method.getParameterTypes()).stream().allMatch(ThrowsSweepTest::supported)) {
          continue;
        }
        Set<Class<?>> documented = new LinkedHashSet<>();
        for (Class<?> declaring : supertypes(type)) {
          try {
            Method declared = declaring.getDeclaredMethod(method.getName(), method.getParameterTypes());
            documented.addAll(documented(instanceJavadoc(sourceOf(declaring), declared), classesBySimpleName));
          } catch (NoSuchMethodException e) {
            // not declared there
          }
        }
        entries.add(new Entry(method, documented, type));
      }
    }
    return entries;
  }

  /** The type, its superclasses and every interface it implements, in the core. */
  static List<Class<?>> supertypes(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    List<Class<?>> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove(0);
      if (next == null || !next.getName().startsWith("vn.danso.") || all.contains(next)) {
        continue;
      }
      all.add(next);
      pending.add(next.getSuperclass());
      pending.addAll(List.of(next.getInterfaces()));
    }
    return all;
  }

  /** The Javadoc above a constructor, or above a record's compact constructor; empty when it is not written out. */
  private static String constructorJavadoc(String source, Constructor<?> constructor) {
    String simple = constructor.getDeclaringClass().getSimpleName();
    Matcher m = Pattern.compile("(?m)^[ \\t]*public\\s+" + simple + "\\s*\\(([^)]*)\\)").matcher(source);
    while (m.find()) {
      if (sameParameters(m.group(1), constructor)) {
        return javadocAbove(source, m.start());
      }
    }
    if (constructor.getDeclaringClass().isRecord()) {
      Matcher compact = Pattern.compile("(?m)^[ \\t]*public\\s+" + simple + "\\s*\\{").matcher(source);
      if (compact.find()) {
        return javadocAbove(source, compact.start());
      }
    }
    return "";
  }

  /** The Javadoc above an instance method declared in this source; empty when there is none. */
  static String instanceJavadoc(String source, Method method) {
    Matcher m = Pattern.compile("(?m)^[ \\t]*(?:(?:public|default|abstract|final|synchronized)\\s+)*"
        + "(?:<[^>]*>\\s+)?[\\w.<>\\[\\]?, ]+?\\s+" + method.getName() + "\\(([^)]*)\\)").matcher(source);
    while (m.find()) {
      if (sameParameters(m.group(1), method)) {
        return javadocAbove(source, m.start());
      }
    }
    return "";
  }

  private static boolean sameParameters(String list, Executable method) {
    String[] parameters = list.isBlank() ? new String[0] : list.split(",(?![^<]*>)");
    if (parameters.length != method.getParameterCount()) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      String declared = parameters[i].trim().replaceAll("<.*>", "").replaceAll("^(final\\s+)?", "")
          .replace("...", "[] ");
      if (declared.lastIndexOf(' ') < 0) {
        return false;
      }
      declared = declared.substring(0, declared.lastIndexOf(' ')).trim();
      if (!declared.endsWith(method.getParameterTypes()[i].getSimpleName())) {
        return false;
      }
    }
    return true;
  }

  private static String javadocAbove(String source, int declaration) {
    int end = source.lastIndexOf("*/", declaration);
    int start = source.lastIndexOf("/**", declaration);
    String between = end < 0 ? "" : source.substring(end + 2, declaration);
    if (start < 0 || end < start || !between.replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) {
      return "";
    }
    return source.substring(start, end);
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

  static Class<?> exceptionClass(String name, Map<String, String> core) {
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
