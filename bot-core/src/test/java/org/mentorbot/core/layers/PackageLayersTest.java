package org.mentorbot.core.layers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers: a small base ({@code people}, {@code pairing},
 * {@code conversation}, {@code schedule}), features on it, and the front door ({@code program})
 * on top. No two packages reach each other, so a feature can be read, changed and tested on
 * its own.
 */
class PackageLayersTest {

    private static final String[] BASE = {
        "org.mentorbot.core.people..", "org.mentorbot.core.pairing..",
        "org.mentorbot.core.conversation..", "org.mentorbot.core.schedule.."};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentorbot.core");

    static ArchRule noCycles(String packagePrefix) {
        return slices().matching(packagePrefix + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void corePackagesFormNoCycle() {
        noCycles("org.mentorbot.core").check(CORE);
    }

    @Test
    void theBaseKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(BASE)
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        Stream.concat(Stream.of(BASE),
                                Stream.of("java..", "org.slf4j..")).toArray(String[]::new))
                .check(CORE);
    }

    @Test
    void nothingReachesUpToTheFrontDoor() {
        noClasses().that().resideOutsideOfPackage("org.mentorbot.core.program..")
                .should().dependOnClassesThat().resideInAPackage("org.mentorbot.core.program..")
                .check(CORE);
    }

    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses sample = new ClassFileImporter().importPackages("org.mentorbot.layersample");
        assertThatThrownBy(() -> noCycles("org.mentorbot.layersample").check(sample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
