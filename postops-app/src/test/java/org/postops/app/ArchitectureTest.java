package org.postops.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout rules of architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.postops");

    @Test
    void theLibrariesKnowNothingOfSpringSqlOrServlets() {
        noClasses().that().resideInAnyPackage("org.postops.media..", "org.postops.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..", "javax.servlet..", "org.postops.app..")
                .because("the libraries are pure Java; the app adapts them to persistence and web")
                .check(CLASSES);
    }

    @Test
    void anAreaReachesAnotherOnlyThroughItsService() {
        for (String area : List.of("access", "audit", "production", "task", "search", "notify", "calendar", "time",
                "budget", "schedule", "change", "risk", "skill", "expert", "kit", "ticket", "config", "solution", "brief",
                "load", "job", "media", "delivery")) {
            String inside = "org.postops.app." + area + "..";
            var outsiders = noClasses().that().resideOutsideOfPackage(inside);
            if (area.equals("audit")) { // `postops audit verify` reads the chain without starting the server
                outsiders = outsiders.and().resideOutsideOfPackage("org.postops.app.cli..");
            }
            outsiders.should().dependOnClassesThat(DescribedPredicate.describe(
                            "are a repository of " + area, c -> c.getPackageName().startsWith("org.postops.app." + area)
                                    && c.getName().matches(".*Repository(\\$.*)?")))
                    .because("an area reaches another only through that area's service")
                    .check(CLASSES);
        }
    }
}
