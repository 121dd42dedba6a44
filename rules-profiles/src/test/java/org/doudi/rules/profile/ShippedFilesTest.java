package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.doudi.rules.profile.YamlTree.Field;
import org.doudi.rules.profile.YamlTree.ListNode;
import org.doudi.rules.profile.YamlTree.MapNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped files as analysts read them: every parameter described in Chinese, every value sourced. */
class ShippedFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-national.yaml", "yn-ludian.yaml", "gs-huining.yaml", "hn-xiayi.yaml", "js-wujin.yaml"})
    void every_parameter_has_a_chinese_description_and_every_value_a_source(String file) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ProfileRepository.RESOURCE_DIR + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ConfigProblem> problems = new ArrayList<>();
        MapNode root = (MapNode) YamlTree.parse(text, file, problems);
        assertThat(problems).isEmpty();
        assertThat(root.field("id").value()).isEqualTo(new YamlTree.Scalar(com.fasterxml.jackson.core.JsonToken.VALUE_STRING,
                file.replace(".yaml", ""), 1 + (int) text.lines().takeWhile(l -> !l.startsWith("id:")).count()));
        if (!(root.field("parameters").value() instanceof MapNode params)) {
            return;
        }
        for (Field p : params.fields()) {
            MapNode param = (MapNode) p.value();
            assertThat(param.field("description")).as(p.key()).isNotNull();
            assertThat(((YamlTree.Scalar) param.field("description").value()).text()).as(p.key())
                    .containsPattern("\\p{IsHan}");
            for (String key : List.of("values", "URBAN", "RURAL")) {
                Field series = param.field(key);
                if (series != null) {
                    for (YamlTree.Node entry : ((ListNode) series.value()).items()) {
                        assertThat(((MapNode) entry).field("source")).as(p.key() + " line " + entry.line()).isNotNull();
                    }
                }
            }
        }
    }
}
