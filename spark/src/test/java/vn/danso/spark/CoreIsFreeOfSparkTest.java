package vn.danso.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import vn.danso.data.DataValidator;

/** The library stays free of Spark and Scala: only this module uses them, and Spark is the cluster's to provide. */
class CoreIsFreeOfSparkTest {
  private static final JavaClasses LIBRARY = library();

  /** The library's classes, read from where the class path has them (not by scanning Spark's jars). */
  private static JavaClasses library() {
    try {
      Path core = Paths.get(DataValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(core);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
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
