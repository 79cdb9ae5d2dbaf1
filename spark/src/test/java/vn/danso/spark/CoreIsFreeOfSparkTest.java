package vn.danso.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import vn.danso.data.DataValidator;

/** The library stays free of Spark and Scala: only this module uses them, and Spark is the cluster's to provide. */
class CoreIsFreeOfSparkTest {
  private static final JavaClasses LIBRARY = library();

  /**
   * The library's classes, read from where the class path has them (its classes directory, or its jar in a full
   * build), not by scanning Spark's jars.
   */
  private static JavaClasses library() {
    ClassFileImporter importer = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    try {
      Path core = Paths.get(DataValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(core)) {
        return importer.importPath(core);
      }
      try (JarFile jar = new JarFile(core.toFile())) {
        return importer.importJar(jar);
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the library's classes", e);
    }
  }

  @Test
  void theLibraryUsesNeitherSparkNorScala() {
    noClasses().that().resideInAPackage("vn.danso..").and().resideOutsideOfPackage("vn.danso.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
        .because("core is a plain library with Guava as its only run-time dependency")
        .check(LIBRARY);
  }

  @Test
  void theLibraryIsReadFromItsOwnClassesOnly() {
    assertThat(LIBRARY.contain(DataValidator.class)).isTrue();
    assertThat(LIBRARY.contain(UnitGroups.class)).isFalse();
  }
}
