package dev.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the package boundaries of DESIGN.md: arrows point down the pipeline, pure stages stay pure. */
class PackageBoundariesTest {

    private static final JavaClasses SITREP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sitrep");

    @Test
    void analysisAssessmentAndRenderNeverReachUpTheStackOrIntoSpringBatch() {
        noClasses().that().resideInAnyPackage("dev.sitrep.analysis..", "dev.sitrep.assessment..",
                        "dev.sitrep.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sitrep.jobs..", "dev.sitrep.web..",
                        "dev.sitrep.cli..", "dev.sitrep.archive..", "dev.sitrep.delivery..", "dev.sitrep.events..",
                        "dev.sitrep.judgments..", "org.springframework.batch..", "org.quartz..")
                .check(SITREP);
    }

    @Test
    void thePureStagesTouchNoDatabaseAndNoSpring() {
        noClasses().that().resideInAnyPackage("dev.sitrep.analysis..", "dev.sitrep.assessment..",
                        "dev.sitrep.render..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework..")
                .check(SITREP);
    }

    @Test
    void storesAndArchiveDoNotDependOnJobsOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("dev.sitrep.events..", "dev.sitrep.judgments..",
                        "dev.sitrep.archive..", "dev.sitrep.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sitrep.jobs..", "dev.sitrep.cli..",
                        "dev.sitrep.web..")
                .check(SITREP);
    }

    @Test
    void onlyTheCommandLineAndTheApplicationUseTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("dev.sitrep.cli..", "dev.sitrep")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sitrep.cli..", "picocli..")
                .check(SITREP);
    }

    @Test
    void stagePackagesHaveNoCycles() {
        slices().matching("dev.sitrep.(*)..").should().beFreeOfCycles().check(SITREP);
    }
}
