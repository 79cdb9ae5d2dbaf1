package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.data.DataKey;
import vn.danso.data.Submission;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentType;
import vn.danso.document.PlaceLine;
import vn.danso.indicator.Citation;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.plan.Plan;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * The documents, plans, cascades, submissions and datasets, and their builders, throw on hostile arguments only what
 * their Javadoc's {@code @throws} lines name, as {@link ThrowsSweepTest} checks for methods that take only text,
 * numbers, days and constants. Here the arguments may be of any type: nulls (and lists holding nulls), empty and
 * very long text, random Unicode, extreme numbers, {@code LocalDate.MIN} and {@code MAX}, empty and short lists, and
 * values of the core's own types drawn from a pool.
 *
 * <p>The pool starts with what {@link ThrowsSweepTest} obtains (the results of the static factories, the built-in
 * catalogues, the enums' constants) and a few real documents, plans and submissions; then it gains what every call
 * returns. The sweep calls, in turn: the public static methods of the swept types that take other values; each
 * public method of each of their builders, on a new builder after zero to two other calls, followed by
 * {@code build()}; every public instance method of the values obtained (the built ones included, so that a value
 * built from hostile input is questioned too), then of the new swept types their results give.
 *
 * <p>Besides what a method's own Javadoc (or that of a method it overrides) names, two failures are documented once
 * for the whole API: a null argument, or a null inside a list, fails fast with a {@link NullPointerException}
 * (package {@code vn.danso.validation}: misuse fails fast), accepted only when thrown by a null check or at once in a
 * builder method Immutables generates, not by a dereference in the library's own code; and the builders of value types are strict (README): an attribute set a second time
 * throws an {@link IllegalStateException} that names it.
 */
class BuilderThrowsSweepTest {
  private static final List<String> PACKAGES = List.of("vn.danso.document.", "vn.danso.plan.");
  private static final Set<String> DATA_TYPES = Set.of("vn.danso.data.Submission", "vn.danso.data.Dataset",
      "vn.danso.data.DatasetColumns");
  private static final Set<String> NULL_CHECKS = Set.of("java.util.Objects",
      "com.google.common.base.Preconditions", "com.google.common.collect.ObjectArrays",
      "com.google.common.collect.CollectPreconditions");
  private static final String STRICT = "is strict, attribute is already set";
  /** A generated argument of a type the sweep cannot make. */
  private static final Object NONE = new Object();
  private static final int CALLS = Math.max(100, Fuzz.count() / 1000);

  private final Map<Class<?>, List<Object>> pool = new HashMap<>();
  private final Map<String, String> undocumented = new TreeMap<>();
  private final Map<String, Set<Class<?>>> documentedByName = new HashMap<>();
  private final Set<String> swept = new LinkedHashSet<>();
  private final Set<String> skipped = new LinkedHashSet<>();
  private Map<String, String> classesBySimpleName;

  @Test
  void buildersAndValuesThrowOnlyWhatTheyDocument() throws IOException {
    classesBySimpleName = ThrowsSweepTest.classesBySimpleName();
    ThrowsSweepTest.sweep(ThrowsSweepTest.entries(), 50, Map.of(), pool, new TreeMap<>());
    ThrowsSweepTest.addBuiltInReceivers(pool);
    addSamples();
    List<Class<?>> types = ThrowsSweepTest.publicClasses().stream().filter(BuilderThrowsSweepTest::inScope)
        .toList();
    // Three rounds: a method whose argument the pool cannot give yet (a node of a cascade) gets it from a later one.
    for (int round = 0; round < 3; round++) {
      for (Class<?> type : types) {
        for (Method method : sorted(type.getDeclaredMethods())) {
          if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
              && !method.isSynthetic() && method.getParameterCount() > 0
              && !(type.isEnum() && method.getName().equals("valueOf"))) {
            sweepMethod(type, method, false);
          }
        }
      }
      for (Class<?> type : types) {
        if (!isBuilder(type)) {
          for (Method factory : builderFactories(type)) {
            sweepBuilder(factory);
          }
        }
      }
      List<Class<?>> receivers = pool.keySet().stream().filter(t -> inScope(t) && !isBuilder(t))
          .sorted(Comparator.comparing(Class::getName)).toList();
      for (Class<?> type : receivers) {
        for (Method method : instanceMethods(type)) {
          sweepMethod(type, method, true);
        }
      }
    }
    skipped.removeAll(swept);
    System.out.printf("BuilderThrowsSweepTest: %d methods, constructors and builder methods swept (%d types in"
        + " the pool); %d left out for want of an argument: %s%n", swept.size(), pool.size(), skipped.size(),
        skipped);
    assertThat(swept).as("methods swept").hasSizeGreaterThan(100);
    assertThat(undocumented).as("methods that throw what they do not document").isEmpty();
  }

  private static boolean inScope(Class<?> type) {
    String name = type.getName();
    return Modifier.isPublic(type.getModifiers())
        && (PACKAGES.stream().anyMatch(name::startsWith)
            || DATA_TYPES.stream().anyMatch(t -> name.equals(t) || name.startsWith(t + "$")));
  }

  /** A builder, or the columnar view of a dataset, which is filled and built like one. */
  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") || type.getName().equals("vn.danso.data.DatasetColumns");
  }

  private static Method builderBuild(Class<?> type) {
    try {
      Method build = type.getMethod("build");
      if (!Modifier.isPublic(build.getDeclaringClass().getModifiers())) {
        build.setAccessible(true);
      }
      return Modifier.isStatic(build.getModifiers()) ? null : build;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The public static methods of a type that return one of its builders. */
  private static List<Method> builderFactories(Class<?> type) {
    return sorted(type.getDeclaredMethods()).stream().filter(m -> Modifier.isPublic(m.getModifiers())
        && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && isBuilder(m.getReturnType())
        && inScope(m.getReturnType())).toList();
  }

  /**
   * The public instance methods of a type declared in the core, in a stable order. A method inherited from a
   * package-private generated builder is called where it is declared (a visibility bridge stands for it otherwise).
   */
  private static List<Method> instanceMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : sorted(type.getMethods())) {
      Method real = method;
      if (method.isBridge()) {
        real = null;
        for (Class<?> above = method.getDeclaringClass().getSuperclass(); above != null && real == null;
            above = above.getSuperclass()) {
          try {
            Method declared = above.getDeclaredMethod(method.getName(), method.getParameterTypes());
            real = declared.isBridge() ? null : declared;
          } catch (NoSuchMethodException e) {
            // look further up
          }
        }
      }
      if (real == null || Modifier.isStatic(real.getModifiers()) || real.isSynthetic()
          || !real.getDeclaringClass().getName().startsWith("vn.danso.")) {
        continue;
      }
      if (!Modifier.isPublic(real.getDeclaringClass().getModifiers())) {
        real.setAccessible(true);
      }
      methods.add(real);
    }
    return methods;
  }

  private static List<Method> sorted(Method[] methods) {
    List<Method> list = new ArrayList<>(List.of(methods));
    list.sort(Comparator.comparing(Method::toString));
    return list;
  }

  /** Calls a static or instance method {@link #CALLS} times; an instance method on a value drawn from the pool. */
  private void sweepMethod(Class<?> type, Method method, boolean onInstance) {
    String name = name(type, method);
    if (!swept.add(name)) {
      return;
    }
    long seed = Fuzz.seed();
    for (int i = 0; i < CALLS && !undocumented.containsKey(name); i++) {
      SplittableRandom r = new SplittableRandom(seed * 31 + name.hashCode() * 1_000_003L + i);
      Object receiver = onInstance ? pick(type, r) : null;
      Object[] args = arguments(method, r);
      if (args == null || receiver == NONE) {
        swept.remove(name);
        skipped.add(name);
        return;
      }
      call(name, type, method, receiver, args);
    }
  }

  /**
   * Calls each public method of the builders a factory returns {@link #CALLS} times, each time on a new builder
   * after zero to two other calls with generated arguments, then {@code build()}.
   */
  private void sweepBuilder(Method factory) {
    Class<?> builderType = factory.getReturnType();
    Method build = builderBuild(builderType);
    List<Method> methods = instanceMethods(builderType).stream().filter(m -> !m.getName().equals("build")
        && !m.getName().equals("toString")).toList();
    long seed = Fuzz.seed();
    for (Method method : methods) {
      String name = name(builderType, method);
      if (!swept.add(name)) {
        continue;
      }
      for (int i = 0; i < CALLS && !undocumented.containsKey(name); i++) {
        SplittableRandom r = new SplittableRandom(seed * 37 + name.hashCode() * 1_000_003L + i);
        Object builder = newBuilder(factory, r);
        if (builder == null) {
          continue;
        }
        boolean usable = true;
        for (int before = r.nextInt(3); before > 0 && usable; before--) {
          Method other = methods.get(r.nextInt(methods.size()));
          Object[] args = arguments(other, r);
          usable = args != null && call(name(builderType, other), builderType, other, builder, args) != NONE;
        }
        Object[] args = arguments(method, r);
        if (args == null) {
          swept.remove(name);
          skipped.add(name);
          break;
        }
        if (usable && call(name, builderType, method, builder, args) != NONE) {
          call(name(builderType, build) + " after " + name, builderType, build, builder, new Object[0]);
        }
      }
    }
  }

  private Object newBuilder(Method factory, SplittableRandom r) {
    for (int attempt = 0; attempt < 10; attempt++) {
      Object[] args = arguments(factory, r);
      if (args == null) {
        return null;
      }
      Object builder = call(name(factory.getDeclaringClass(), factory), factory.getDeclaringClass(), factory, null,
          args);
      if (builder != NONE && builder != null) {
        return builder;
      }
    }
    return null;
  }

  /**
   * Invokes the method, keeps what it returns in the pool and records an undocumented exception under the name;
   * returns the result, or {@link #NONE} when the call threw.
   */
  private Object call(String name, Class<?> type, Method method, Object receiver, Object[] args) {
    try {
      Object result = method.invoke(receiver, args);
      if (result instanceof Stream<?> stream) {
        result = stream.limit(20).toList();
      }
      keep(result);
      return result;
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (!allowed(thrown, documented(type, method), args)) {
        undocumented.putIfAbsent(name, thrown.getClass().getName() + " on "
            + (receiver != null ? FuzzText.escape(shorten(String.valueOf(receiver))) + "." : "")
            + ThrowsSweepTest.describe(args) + " (documented: "
            + documented(type, method).stream().map(Class::getSimpleName).toList() + "): "
            + FuzzText.escape(shorten(String.valueOf(thrown.getMessage()))) + " at " + origin(thrown));
      }
      return NONE;
    } catch (IllegalAccessException e) {
      throw new AssertionError(method.toString(), e);
    }
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String origin(Throwable thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }

  private static boolean allowed(Throwable thrown, Set<Class<?>> documented, Object[] args) {
    if (!(thrown instanceof RuntimeException)) {
      return false;
    }
    if (documented.stream().anyMatch(t -> t.isInstance(thrown))) {
      return true;
    }
    if (thrown instanceof NullPointerException && holdsNull(args)) {
      StackTraceElement[] trace = thrown.getStackTrace();
      if (trace.length > 0 && NULL_CHECKS.contains(trace[0].getClassName())) {
        return true;
      }
      // The builders Immutables generates take a null optional or list without a check of their own: the call
      // fails at once, in the generated method, with the JDK's message naming the parameter.
      for (StackTraceElement frame : trace) {
        String c = frame.getClassName();
        if (!c.startsWith("com.google.common.") && !c.startsWith("java.")) {
          return c.startsWith("vn.danso.") && c.substring(c.lastIndexOf('.') + 1).startsWith("Immutable");
        }
      }
    }
    return thrown instanceof IllegalStateException && String.valueOf(thrown.getMessage()).contains(STRICT);
  }

  private static boolean holdsNull(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Object[] array) {
      return Stream.of(array).anyMatch(BuilderThrowsSweepTest::holdsNull);
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().anyMatch(BuilderThrowsSweepTest::holdsNull);
    }
    if (value instanceof Map<?, ?> map) {
      return holdsNull(map.keySet()) || holdsNull(map.values());
    }
    return false;
  }

  /** What the method's Javadoc, or that of a core method it overrides or implements, names after {@code @throws}. */
  private Set<Class<?>> documented(Class<?> type, Method method) {
    return documentedByName.computeIfAbsent(type.getName() + "#" + method, k -> {
      Set<Class<?>> documented = new LinkedHashSet<>();
      for (Class<?> declaring : ThrowsSweepTest.supertypes(type)) {
        try {
          Method declared = declaring.getDeclaredMethod(method.getName(), method.getParameterTypes());
          documented.addAll(ThrowsSweepTest.documented(
              Modifier.isStatic(declared.getModifiers()) ? staticJavadoc(declaring, declared)
                  : ThrowsSweepTest.instanceJavadoc(ThrowsSweepTest.sourceOf(declaring), declared),
              classesBySimpleName));
        } catch (NoSuchMethodException e) {
          // not declared there
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
      return documented;
    });
  }

  private static String staticJavadoc(Class<?> type, Method method) throws IOException {
    return ThrowsSweepTest.instanceJavadoc(ThrowsSweepTest.sourceOf(type).replace(" static ", " "), method);
  }

  private static String name(Class<?> type, Method method) {
    return type.getSimpleName() + "." + method.getName()
        + List.of(method.getParameterTypes()).stream().map(Class::getSimpleName).toList();
  }

  // The pool of values.

  /** A few real documents, plans and submissions: the pool holds them and what their methods return. */
  private void addSamples() {
    Body tw = Body.builder().id("party.tw").name("Ban Chấp hành Trung ương Đảng")
        .kind(BodyKinds.PARTY_CENTRAL_COMMITTEE).jurisdiction(Jurisdiction.nation()).build();
    Body hueTu = Body.builder().id("party.tu.46").name("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế")
        .kind(BodyKinds.PROVINCIAL_STANDING_BOARD).jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế"))
        .validity(Range.atMost(LocalDate.of(2024, 12, 31))).build();
    Body sonLa = Body.builder().id("state.ubnd.14").name("Ủy ban nhân dân tỉnh Sơn La")
        .kind(BodyKinds.PEOPLES_COMMITTEE).jurisdiction(Jurisdiction.of(UnitCode.of("14"), "Sơn La")).build();
    Document nq21 = Document.builder().number(DocumentNumber.parse("21-NQ/TW")).type(DocumentType.RESOLUTION)
        .issuer(tw).date(LocalDate.of(2017, 10, 25)).committeeTerm(12).build();
    Document kh71 = Document.builder().number(DocumentNumber.parse("71-KH/TU")).type(DocumentType.PLAN)
        .issuer(hueTu).placeLine(PlaceLine.parse("Thừa Thiên Huế, ngày 24 tháng 4 năm 2018"))
        .addImplemented(nq21.reference()).build();
    Document qd457 = Document.builder().number(DocumentNumber.parse("457/QĐ-UBND")).type(DocumentType.DECISION)
        .issuer(sonLa).date(LocalDate.of(2018, 3, 7)).addImplemented(nq21.reference()).build();
    for (Object value : List.of(tw, hueTu, sonLa, nq21, kh71, qd457, nq21.reference(), kh71.reference(),
        Plan.of(nq21), Plan.of(kh71), Plan.builder().attachedTo(qd457, DocumentType.PROGRAMME).build(),
        Plan.builder().reference(kh71.reference()).build(),
        Submission.builder(UnitCode.of("909"), Period.year(2023)).add(DataKey.parse("births"), 1073)
            .add(DataKey.parse("SRB"), 100.6, 1).build(),
        Submission.builder(UnitCode.of("91"), Period.month(2024, 2)).add(DataKey.parse("deaths"), Double.NaN)
            .build(),
        ElementKey.parse("births[male]"), Observation.of(2015, 26.6),
        Target.builder().indicator("SRB").kind(TargetKind.BELOW).value("109").year(2030)
            .addSources(Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"))
            .build(),
        ImmutableList.of(1), new BitSet())) {
      keep(value);
    }
  }

  /** Keeps a value (the elements of a list or an optional) of a public core type under that type and its supertypes. */
  private void keep(Object value) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::keep);
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.stream().limit(4).forEach(this::keep);
      return;
    }
    if (value == null) {
      return;
    }
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers()) && (type.getName().startsWith("vn.danso.")
          || type == BitSet.class) && !isBuilder(type)) {
        List<Object> values = pool.computeIfAbsent(type, t -> new ArrayList<>());
        if (values.size() < 16 && !values.contains(value)) {
          values.add(value);
        }
      }
    }
  }

  private Object pick(Class<?> type, SplittableRandom r) {
    List<Object> values = pool.get(type);
    if (values == null) {
      List<Object> assignable = new ArrayList<>();
      pool.forEach((t, v) -> {
        if (type.isAssignableFrom(t)) {
          assignable.addAll(v);
        }
      });
      values = assignable;
    }
    return values.isEmpty() ? NONE : values.get(r.nextInt(values.size()));
  }

  /** Generated arguments for the method, or null when one of its parameters is of a type the sweep cannot make. */
  private Object[] arguments(Executable method, SplittableRandom r) {
    Type[] types = method.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = value(types[i], r, 0);
      if (args[i] == NONE) {
        return null;
      }
    }
    return args;
  }

  private Object value(Type type, SplittableRandom r, int depth) {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      return ThrowsSweepTest.argument(raw, r);
    }
    if (r.nextInt(10) == 0) {
      return null;
    }
    if (ThrowsSweepTest.supported(raw)) {
      return ThrowsSweepTest.argument(raw, r);
    }
    if (raw == Object.class) {
      return r.nextBoolean() ? FuzzText.text(r, List.of("21-NQ/TW")) : pick(Object.class, r);
    }
    if (depth > 2) {
      return NONE;
    }
    if (raw == Optional.class) {
      Object inner = value(argument(type, 0), r, depth + 1);
      return inner == NONE ? NONE : Optional.ofNullable(inner);
    }
    if (raw.isArray()) {
      int length = r.nextInt(4);
      Object array = Array.newInstance(raw.getComponentType(), length);
      for (int i = 0; i < length; i++) {
        Object element = value(raw.getComponentType(), r, depth + 1);
        if (element == NONE) {
          return NONE;
        }
        if (element != null || !raw.getComponentType().isPrimitive()) {
          Array.set(array, i, element);
        }
      }
      return array;
    }
    if (raw == OptionalInt.class) {
      return r.nextBoolean() ? OptionalInt.empty() : OptionalInt.of((int) ThrowsSweepTest.argument(int.class, r));
    }
    if (raw == YearMonth.class) {
      return YearMonth.from((LocalDate) ThrowsSweepTest.argument(LocalDate.class, r));
    }
    if (raw == Range.class) {
      LocalDate a = (LocalDate) ThrowsSweepTest.argument(LocalDate.class, r);
      LocalDate b = (LocalDate) ThrowsSweepTest.argument(LocalDate.class, r);
      LocalDate low = a.isBefore(b) ? a : b;
      return switch (r.nextInt(4)) {
        case 0 -> Range.all();
        case 1 -> Range.atMost(a);
        case 2 -> Range.atLeast(a);
        default -> Range.closed(low, low.equals(a) ? b : a);
      };
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        Object key = value(argument(type, 0), r, depth + 1);
        Object entry = value(argument(type, 1), r, depth + 1);
        if (key == NONE || entry == NONE) {
          return NONE;
        }
        map.put(key, entry);
      }
      return raw.isAssignableFrom(LinkedHashMap.class) ? map : immutable(map);
    }
    if (raw == Iterable.class || Collection.class.isAssignableFrom(raw)) {
      List<Object> elements = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        Object element = value(argument(type, 0), r, depth + 1);
        if (element == NONE) {
          return NONE;
        }
        elements.add(element);
      }
      if (raw.isAssignableFrom(ArrayList.class)) {
        return elements;
      }
      if (raw.isAssignableFrom(LinkedHashSet.class)) {
        return new LinkedHashSet<>(elements);
      }
      elements.removeIf(e -> e == null);
      return raw.isAssignableFrom(ImmutableList.class) ? ImmutableList.copyOf(elements)
          : raw.isAssignableFrom(ImmutableSet.class) ? ImmutableSet.copyOf(elements) : NONE;
    }
    return pick(raw, r);
  }

  private static Object immutable(Map<Object, Object> map) {
    map.entrySet().removeIf(e -> e.getKey() == null || e.getValue() == null);
    return ImmutableMap.copyOf(map);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof java.lang.reflect.GenericArrayType g) {
      return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
