package org.factline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where the libraries with a narrow job may be used, checked on the compiled classes. The modules' boundaries and
 * dependencies (no cycles, the shell knows no feature, the foundation nothing above it) are declared in each
 * module's {@code package-info.java} and verified by {@link ModularityTest}.
 */
@AnalyzeClasses(packages = "org.factline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
    static final ArchRule plainJavaModulesKnowNoFramework = noClasses()
            .that().resideInAnyPackage("org.factline.measure..", "org.factline.chart..", "org.factline.extraction..",
                    "org.factline.problem..")
            .and().doNotHaveSimpleName("package-info") // the module declaration itself
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..");
}
