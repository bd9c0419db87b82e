package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules, their published APIs and their declared dependencies ({@code package-info.java}), verified by
 * Spring Modulith; and the module documentation in {@code docs/modules/} kept in step with the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesUseOnlyEachOthersApisAndTheirDeclaredDependencies() {
        MODULES.verify();
    }

    /**
     * Writes the Documenter's diagrams and canvases into {@code target/} and compares them with the checked-in
     * copies. With {@code -Dfactline.write-module-docs=true} the test writes them into {@code docs/modules/}.
     */
    @Test
    void moduleDocumentationIsCurrent() throws IOException {
        boolean write = Boolean.getBoolean("factline.write-module-docs");
        Path out = write ? DOCS : Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(files(DOCS)).as("docs/modules is out of date: run mvn test -Dtest=ModularityTest "
                + "-Dfactline.write-module-docs=true and commit it").isEqualTo(files(out));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                // The Documenter writes relations in no fixed order: compare the lines, sorted.
                out.put(f.getFileName().toString(), Files.readString(f).lines().sorted()
                        .collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        return out;
    }
}
