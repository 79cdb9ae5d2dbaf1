package vn.danso.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

/**
 * The architecture rules of danso's core, each a function of the package it guards so that the same rule can be run
 * against the library and against the deliberately broken classes under {@code vn.danso.archfixtures}.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /** core does no I/O: no files, streams, network, console, environment or system properties. */
  static ArchRule noIo(String pkg) {
    DescribedPredicate<JavaClass> ioClasses =
        resideInAPackage("java.io")
            .and(not(simpleName("Serializable")))
            .and(not(simpleName("Serial")))
            .or(resideInAPackage("java.nio.file.."))
            .or(resideInAPackage("java.nio.channels.."))
            .or(resideInAPackage("java.net.."))
            .as("I/O classes (java.io streams and files, java.nio.file, java.nio.channels, java.net)");
    return noClasses()
        .that().resideInAPackage(pkg + "..")
        .should().dependOnClassesThat(ioClasses)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().accessField(System.class, "in")
        .orShould().callMethodWhere(systemCall("getenv", "getProperty", "getProperties", "setProperty", "exit",
            "console", "lineSeparator"))
        .because("core does no I/O: files, network, console and environment belong to the caller (examples/)");
  }

  /** core never reads the wall clock: a date or a Clock is always a parameter. */
  static ArchRule noWallClock(String pkg) {
    DescribedPredicate<JavaAccess<?>> readsClock =
        new DescribedPredicate<>("reads the wall clock (now(), Clock.system…(), System.currentTimeMillis/nanoTime)") {
          @Override
          public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            boolean javaTimeNow = owner.startsWith("java.time.") && name.equals("now");
            boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            boolean systemTime = owner.equals(System.class.getName())
                && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            boolean legacyNow = (owner.equals("java.util.Date") && name.equals("<init>")
                    && access.getDescription().contains("Date.<init>()"))
                || (owner.equals("java.util.Calendar") && name.equals("getInstance"));
            return javaTimeNow || systemClock || systemTime || legacyNow;
          }
        };
    return noClasses()
        .that().resideInAPackage(pkg + "..")
        .should().callCodeUnitWhere(readsClock)
        .because("results must not depend on when they are computed: take a date or a java.time.Clock");
  }

  /** Packages depend on each other in one direction only. */
  static ArchRule noPackageCycles(String pkg) {
    return slices().matching(pkg + ".(*)..").should().beFreeOfCycles();
  }

  /** Public model types have no setters: values are changed by making new ones. */
  static ArchRule noPublicSetters(String pkg) {
    return methods()
        .that().areDeclaredInClassesThat(resideInAPackage(pkg + "..").and(not(isBuilder())))
        .and().arePublic()
        .and().haveNameMatching("set[A-Z].*")
        .should(new com.tngtech.archunit.lang.ArchCondition<>("not exist") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod method,
              com.tngtech.archunit.lang.ConditionEvents events) {
            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                method, method.getFullName() + " is a public setter on a model type"));
          }
        })
        .allowEmptyShould(true)
        .because("everything public in danso is immutable; use a builder or a with…() copy");
  }

  /**
   * Every field of a model type is final (builders, which are mutable by design, are exempt, and so is the
   * construction-only {@code initShim} field Immutables generates for {@code @Value.Default} attributes: it is
   * cleared before the constructor returns).
   */
  static ArchRule fieldsAreFinal(String pkg) {
    return fields()
        .that().areDeclaredInClassesThat(resideInAPackage(pkg + "..").and(not(isBuilder())))
        .and().doNotHaveName("initShim")
        .should().beFinal()
        .allowEmptyShould(true)
        .because("everything public in danso is immutable and thread-safe");
  }

  /** Generated code must not need Immutables at run time. */
  static ArchRule noRuntimeImmutables(String pkg) {
    return noClasses()
        .that().resideInAPackage(pkg + "..")
        .should().accessClassesThat().resideInAPackage("org.immutables..")
        .because("Immutables is an annotation processor only; core's run-time dependency is Guava alone");
  }

  private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>> systemCall(String... names) {
    java.util.Set<String> set = java.util.Set.of(names);
    return new DescribedPredicate<>("calls System." + set) {
      @Override
      public boolean test(com.tngtech.archunit.core.domain.JavaCall<?> call) {
        return call.getTargetOwner().getName().equals(System.class.getName()) && set.contains(call.getName());
      }
    };
  }

  /** Builders (and the init shims Immutables generates for them) hold mutable state by design. */
  private static DescribedPredicate<JavaClass> isBuilder() {
    return new DescribedPredicate<>("a builder") {
      @Override
      public boolean test(JavaClass javaClass) {
        for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
          String name = c.getSimpleName();
          if (name.endsWith("Builder") || name.equals("InitShim")) {
            return true;
          }
        }
        return false;
      }
    };
  }
}
