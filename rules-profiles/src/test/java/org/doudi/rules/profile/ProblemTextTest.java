package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chinese wording of profile problems: the catalogue itself, the wording, and every problem the loader reports. */
class ProblemTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void every_entry_has_chinese_text_with_only_the_placeholders_of_its_template() {
        assertThat(ProblemText.entries()).hasSizeGreaterThan(80);
        for (ProblemText.Entry e : ProblemText.entries()) {
            String template = e.english().pattern();
            assertThat(e.chinese()).as(e.where()).containsPattern("\\p{IsHan}");
            assertThat(placeholders(template.replaceAll("\\(\\?<p(\\d)>\\.\\*\\?\\)", "{$1}")
                            .replaceAll("\\\\k<p(\\d)>", "{$1}"))).as(e.where())
                    .containsAll(placeholders(e.chinese()));
        }
    }

    @Test
    void a_problem_is_chinese_by_default_and_unchanged_in_english() {
        String english = "unknown parameter 'standrd' (did you mean 'standard'?)";
        assertThat(ProblemText.in(Locale.CHINESE, english)).isEqualTo("未知参数“standrd”（是否想写 standard？）");
        assertThat(ProblemText.in(null, english)).isEqualTo("未知参数“standrd”（是否想写 standard？）");
        assertThat(ProblemText.in(Locale.SIMPLIFIED_CHINESE, english)).startsWith("未知参数");
        assertThat(ProblemText.in(Locale.ENGLISH, english)).isEqualTo(english);
        assertThat(new ConfigProblem("a.yaml", 3, english).message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(new ConfigProblem("a.yaml", 3, english).message(Locale.CHINESE)).startsWith("未知参数“standrd”");
    }

    @Test
    void a_message_no_entry_knows_is_shown_as_it_is() {
        assertThat(ProblemText.in(Locale.CHINESE, "something nobody wrote")).isEqualTo("something nobody wrote");
        assertThat(ProblemText.known("something nobody wrote")).isFalse();
    }

    @Test
    void a_message_written_in_both_languages_gives_its_half() {
        String both = "无法读取：意外错误 / cannot be read: unexpected failure (IOException)";
        assertThat(ProblemText.in(Locale.CHINESE, both)).isEqualTo("无法读取：意外错误");
        assertThat(ProblemText.in(Locale.ENGLISH, both)).isEqualTo("cannot be read: unexpected failure (IOException)");
    }

    @Test
    void the_parts_of_a_message_are_worded_too() {
        assertThat(ProblemText.in(Locale.CHINESE, "profile 'x' has no name (and 2 more problems)"))
                .isEqualTo("档案“x”没有名称（name）（另有 2 个问题）");
        assertThat(ProblemText.in(Locale.CHINESE, "wrong type for edge.multiplier: expected a number, found a list"))
                .isEqualTo("edge.multiplier 的类型不对：应为数，实际为列表");
    }

    @Test
    void every_problem_of_the_broken_test_profiles_has_chinese_text() throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(resource("profiles-test/broken"))) {
            for (Path dir : dirs.toList()) {
                for (ConfigProblem p : ProfileRepository.checkWithOverlay(dir)) {
                    if (!ProblemText.known(p.message())) {
                        unknown.add(dir.getFileName() + ": " + p.message());
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void every_problem_of_an_analysts_slips_has_chinese_text(@TempDir Path dir) throws IOException {
        List<String> files = List.of("""
                id: zz-a
                name: 甲
                parent: cn-national
                regions: ["629901"]
                parameters:
                  standard:
                    values:
                      - {from: 2020-01-01, value: 100, yearly: 1200, source: "x"}
                      - {from: 2019-01-01, value: -3, source: ""}
                  edge.multiplier:
                    values: [{from: 2020-01-01, value: 1.234, source: "x"}]
                  payment.mode:
                    values: [{from: 2020-01-01, value: {unit: HOUSEHOLD}, source: "x"}]
                  category.enabled: {values: [{from: 2020-01-01, value: "yes", source: "x"}], URBAN: []}
                """, """
                id: zz-a
                name: 乙
                base: maybe
                regions: [629901, "629901"]
                clauses:
                  "bad id!": []
                  INCOME-1: [{clause: "第 3 条", what: 1}, {clause: null}]
                """, """
                id: Bad_Id
                parent: nowhere
                regions: "620422"
                parameters: []
                """);
        for (int i = 0; i < files.size(); i++) {
            Files.writeString(dir.resolve("f" + i + ".yaml"), files.get(i));
        }
        List<ConfigProblem> problems = ProfileRepository.checkWithOverlay(dir);
        assertThat(problems).hasSizeGreaterThan(5);
        assertThat(problems).allSatisfy(p -> assertThat(ProblemText.known(p.message())).as(p.message()).isTrue());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Path resource(String name) {
        try {
            return Path.of(ProblemTextTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
