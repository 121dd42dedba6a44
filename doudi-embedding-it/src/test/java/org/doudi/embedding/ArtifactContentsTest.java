package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the packaged artifacts hold, as an embedder and a user of the command line get them. */
class ArtifactContentsTest {

    /** Library module → the module name its jar declares. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "rules-api", "org.doudi.rules.api",
            "rules-profiles", "org.doudi.rules.profiles",
            "rules-drools", "org.doudi.rules.drools",
            "rules-scenario", "org.doudi.rules.scenario",
            "rules-testkit", "org.doudi.rules.testkit");

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    @DisplayName("rules-drools holds nothing a host's Drools set-up would pick up: no kmodule.xml, no class outside"
            + " org.doudi, generated model files only under org.doudi")
    void rulesDroolsIsSelfContained() throws IOException {
        List<String> entries = entries(Project.jar("rules-drools", ""));
        assertThat(entries).doesNotContain("META-INF/kmodule.xml")
                .noneMatch(e -> e.startsWith("META-INF/services/"))
                .noneMatch(e -> e.startsWith("org/drools/") || e.startsWith("org/kie/"));
        assertThat(entries).filteredOn(e -> e.endsWith(".class")).isNotEmpty()
                .allMatch(e -> e.startsWith("org/doudi/"), "a class under org/doudi/");
        assertThat(entries).filteredOn(e -> e.startsWith("META-INF/kie/") && !e.endsWith("/"))
                .contains("META-INF/kie/org.doudi/rules-drools/drools-model")
                .allMatch(e -> e.startsWith("META-INF/kie/org.doudi/"), "under META-INF/kie/org.doudi/");
    }

    @Test
    @DisplayName("each library jar declares its module name and comes with sources and javadoc jars")
    void librariesDeclareTheirModule() throws IOException {
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            try (JarFile jar = new JarFile(Project.jar(library.getKey(), "").toFile())) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                        .as(library.getKey()).isEqualTo(library.getValue());
            }
            assertThat(entries(Project.jar(library.getKey(), "-sources"))).as(library.getKey())
                    .anyMatch(e -> e.endsWith(".java"));
            assertThat(entries(Project.jar(library.getKey(), "-javadoc"))).as(library.getKey())
                    .contains("index.html");
        }
    }

    @Test
    @DisplayName("doudi.jar holds no test framework, and holds the rule compiler for --rules")
    void commandLineJar() throws IOException {
        Path jar = Project.buildDir("doudi-cli").resolve("doudi.jar");
        assertThat(jar).isRegularFile();
        List<String> entries = entries(jar);
        assertThat(entries).noneMatch(e -> e.startsWith("org/junit/") || e.startsWith("net/jqwik/")
                || e.startsWith("org/assertj/") || e.startsWith("org/opentest4j/"));
        assertThat(entries).contains("org/doudi/rules/cli/DoudiCommand.class",
                "org/drools/drl/parser/DrlParser.class", "org/drools/model/codegen/ExecutableModelProject.class");
    }

    @Test
    @DisplayName("doudi-bom manages every published module at the project's version")
    void bomListsEveryModule() throws Exception {
        Document parent = xml(Project.root().resolve("pom.xml"));
        Document bom = xml(Project.root().resolve("doudi-bom/pom.xml"));
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            managed.add(text((Element) deps.item(i), "artifactId"));
        }
        NodeList modules = parent.getElementsByTagName("module");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            String m = modules.item(i).getTextContent().strip();
            if (!m.equals("doudi-bom") && !m.equals("doudi-embedding-it")) {
                published.add(m);
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The text of a direct child element, or null. */
    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
