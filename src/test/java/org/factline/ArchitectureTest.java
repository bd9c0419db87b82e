package org.factline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of the guide, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.factline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.factline.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule vaadinOnlyInViewsAndShell = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.factline.shell..")
            .and().doNotHaveFullyQualifiedName(Application.class.getName())
            // Vaadin's Spring Security integration is configured in one place.
            .and().doNotHaveFullyQualifiedName("org.factline.security.SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule jfreeOnlyInChart = noClasses()
            .that().resideOutsideOfPackage("org.factline.chart..")
            .should().dependOnClassesThat().resideInAPackage("org.jfree..");

    @ArchTest
    static final ArchRule commonsCsvOnlyInImporter = noClasses()
            .that().resideOutsideOfPackages("org.factline.importer..", "org.factline.backup..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");

    @ArchTest
    static final ArchRule shellKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.factline.shell..")
            .should().dependOnClassesThat().resideInAnyPackage("org.factline.geography..", "org.factline.indicator..",
                    "org.factline.source..", "org.factline.observation..", "org.factline.citation..",
                    "org.factline.importer..", "org.factline.chart..", "org.factline.dashboard..", "org.factline.api..",
                    "org.factline.measure..");

    @ArchTest
    static final ArchRule measureAndChartArePlainJava = noClasses()
            .that().resideInAnyPackage("org.factline.measure..", "org.factline.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..");

    @ArchTest
    static final ArchRule foundationKnowsNothingAboveIt = noClasses()
            .that().resideInAnyPackage("org.factline.geography..", "org.factline.indicator..",
                    "org.factline.source..", "org.factline.observation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.factline.citation..", "org.factline.importer..",
                    "org.factline.dashboard..", "org.factline.api..");
}
