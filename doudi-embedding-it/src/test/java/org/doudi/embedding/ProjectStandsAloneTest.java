package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whoever clones the project has only the project: no file (doc, javadoc, message, scenario, profile, test) sends the
 * reader to specification files that are not in the repository.
 */
class ProjectStandsAloneTest {

    /** Names of files outside the repository (spelt in two pieces so that this file does not match itself). */
    private static final List<String> OUTSIDE = List.of("CONTRACT" + ".md", "POLICY" + ".md", "../" + "shared/");

    private static final Set<String> TEXT = Set.of("md", "java", "drl", "yaml", "yml", "properties", "json", "xml",
            "txt", "index", "sh", "jsonl", "config");

    @Test
    @DisplayName("no project file refers to specification files outside the repository")
    void noReferenceOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Project.root())) {
            for (Path f : files.filter(Files::isRegularFile).filter(ProjectStandsAloneTest::isProjectText).toList()) {
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    continue;
                }
                List<String> lines = text.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    for (String name : OUTSIDE) {
                        if (lines.get(i).contains(name)) {
                            found.add(Project.root().relativize(f) + ":" + (i + 1) + ": " + name);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean isProjectText(Path file) {
        Path relative = Project.root().relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals(".git") || name.startsWith("target") || name.equals("node_modules")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1)) || name.equals("doudi") || name.equals("run");
    }
}
