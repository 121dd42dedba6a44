package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.doudi.rules.profile.YamlTree.Field;
import org.doudi.rules.profile.YamlTree.ListNode;
import org.doudi.rules.profile.YamlTree.MapNode;
import org.doudi.rules.profile.YamlTree.Node;
import org.doudi.rules.profile.YamlTree.Scalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped profile files cite what a county reader can look up: no source (and no comment) names this project's
 * own material ("seed 004", the specification's files), and every source is written for a Chinese reader.
 */
class ShippedSourcesTest {

    private static final Pattern PROJECT_WORDS = Pattern.compile(
            "(?i)\\bseeds?\\b|seed\\s*0*\\d|POLICY|CONTRACT\\.md|(?<!analysts/)profiles\\.md|\\.\\./shared|this book");

    @ParameterizedTest
    @ValueSource(strings = {"cn-national.yaml", "yn-ludian.yaml", "gs-huining.yaml", "hn-xiayi.yaml", "js-wujin.yaml"})
    void sources_and_comments_name_public_documents(String file) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ProfileRepository.RESOURCE_DIR + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("%s line %d", file, i + 1).doesNotContainPattern(PROJECT_WORDS);
        }
        List<ConfigProblem> problems = new ArrayList<>();
        List<Scalar> sources = new ArrayList<>();
        collectSources(YamlTree.parse(text, file, problems), sources);
        assertThat(problems).isEmpty();
        for (Scalar s : sources) {
            assertThat(s.text()).as("%s line %d", file, s.line()).containsPattern("\\p{IsHan}")
                    .doesNotStartWith("assumed").doesNotStartWith("setting");
        }
    }

    private static void collectSources(Node node, List<Scalar> sources) {
        if (node instanceof MapNode map) {
            for (Field f : map.fields()) {
                if (f.key().equals("source") && f.value() instanceof Scalar s) {
                    sources.add(s);
                } else {
                    collectSources(f.value(), sources);
                }
            }
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> collectSources(item, sources));
        }
    }
}
