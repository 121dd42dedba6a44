package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.api.request.Residence.RURAL;
import static org.doudi.rules.api.request.Residence.URBAN;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overlays (--params DIR), folders read alone, and every kind of broken file, with file and line. */
class ProfileFilesTest {

    private static Path dir(String name) {
        try {
            return Path.of(ProfileFilesTest.class.getClassLoader().getResource("profiles-test/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ overlay

    @Test
    void overlay_adds_a_profile_and_merges_series_by_date_per_residence() {
        ProfileRepository repo = ProfileRepository.builtInWithOverlay(dir("overlay"));
        assertThat(repo.all()).extracting(Profile::id)
                .containsExactly("cn-national", "gs-huining", "hn-xiayi", "js-wujin", "yn-ludian", "zz-test");

        // js-wujin gets the standard it ships without; yearly 12000.06 / 12 = 1000.005 → 1000.01
        Profile wujin = repo.byId("js-wujin").orElseThrow();
        assertThat(wujin.on(LocalDate.of(2024, 1, 1), URBAN).standard()).isEqualTo(Money.parse("1000"));
        assertThat(wujin.on(LocalDate.of(2024, 1, 1), RURAL).standard()).isEqualTo(Money.parse("1000.01"));
        assertThatThrownBy(() -> wujin.on(LocalDate.of(2023, 12, 31), RURAL).standard())
                .hasMessage("profile js-wujin has no value for standard (residence RURAL) on 2023-12-31");
        assertThat(wujin.regions()).containsExactly("320412");
        assertThat(wujin.name()).isEqualTo("武进区（江苏省常州市）");

        // gs-huining: one dated RURAL standard entry is added (merged by date): earlier dates keep the built-in values
        Profile huining = repo.byId("gs-huining").orElseThrow();
        assertThat(huining.on(LocalDate.of(2021, 6, 1), RURAL).standard()).isEqualTo(Money.parse("399"));
        assertThat(huining.on(LocalDate.of(2019, 6, 1), RURAL).standard()).isEqualTo(Money.parse("335"));
        assertThat(huining.on(LocalDate.of(2022, 1, 1), RURAL).standard()).isEqualTo(Money.parse("420"));
        assertThat(huining.source("standard", RURAL, LocalDate.of(2022, 1, 1))).isEqualTo("test: added entry");
        assertThat(huining.on(LocalDate.of(2021, 6, 1), URBAN).standard()).isEqualTo(Money.parse("623"));
        assertThat(huining.on(LocalDate.of(2021, 6, 1), RURAL).paymentMode()).isEqualTo(PaymentMode.CATEGORY_FIXED);
        // a dated null ends a value
        assertThat(huining.on(LocalDate.of(2022, 12, 31), URBAN).edgeMultiplier()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> huining.on(LocalDate.of(2023, 1, 1), URBAN).edgeMultiplier())
                .hasMessage("profile gs-huining has no value for edge.multiplier (residence URBAN) on 2023-01-01");
        assertThat(huining.source("edge.multiplier", URBAN, LocalDate.of(2023, 1, 1))).isEqualTo("test: ended");
        assertThat(huining.valueDates()).contains(LocalDate.of(2015, 1, 1), LocalDate.of(2022, 1, 1),
                LocalDate.of(2023, 1, 1), LocalDate.of(2021, 1, 1));

        // the new profile inherits from the overlaid parent
        Profile test = repo.byId("zz-test").orElseThrow();
        assertThat(repo.byRegion("999999")).contains(test);
        assertThat(test.on(LocalDate.of(2022, 1, 1), RURAL).standard()).isEqualTo(Money.parse("420"));
        assertThat(test.on(LocalDate.of(2022, 1, 1), RURAL).bridgeEnabled()).isFalse();
        assertThat(test.on(LocalDate.of(2022, 1, 1), URBAN).bridgeEnabled()).isTrue();
        assertThat(test.on(LocalDate.of(2022, 1, 1), URBAN).edgeMultiplier()).isEqualByComparingTo("2");

        // the built-in set is untouched
        assertThat(ProfileRepository.builtIn().byId("gs-huining").orElseThrow()
                .on(LocalDate.of(2021, 6, 1), RURAL).standard()).isEqualTo(Money.parse("399"));
        assertThat(ProfileRepository.builtIn().byId("zz-test")).isEmpty();
        assertThat(ProfileRepository.checkWithOverlay(dir("overlay"))).isEmpty();
    }

    @Test
    void an_overlay_of_one_dated_line_keeps_every_earlier_value(@TempDir Path tmp) throws Exception {
        // the analyst raises Xiayi's rural standard from 2024-07-01 and writes only that line
        Files.writeString(tmp.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2024-07-01, yearly: 4246, source: "测算：农村标准上调10%"}
                """);
        assertThat(ProfileRepository.checkWithOverlay(tmp)).isEmpty();
        Profile xiayi = ProfileRepository.builtInWithOverlay(tmp).byId("hn-xiayi").orElseThrow();
        // 3450 / 12 = 287.50 and 3860 / 12 = 321.67 stay in force before the new date; 4246 / 12 = 353.83 after
        assertThat(xiayi.on(LocalDate.of(2018, 6, 1), RURAL).standard()).isEqualTo(Money.parse("287.50"));
        assertThat(xiayi.on(LocalDate.of(2024, 6, 30), RURAL).standard()).isEqualTo(Money.parse("321.67"));
        assertThat(xiayi.on(LocalDate.of(2024, 7, 1), RURAL).standard()).isEqualTo(Money.parse("353.83"));
        assertThat(xiayi.on(LocalDate.of(2024, 7, 1), URBAN).standard()).isEqualTo(Money.parse("520"));
    }

    @Test
    void replace_true_replaces_the_whole_series(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    replace: true
                    RURAL:
                      - {from: 2024-07-01, yearly: 4246, source: "测算：农村标准只从2024年起"}
                """);
        Profile xiayi = ProfileRepository.builtInWithOverlay(tmp).byId("hn-xiayi").orElseThrow();
        assertThat(xiayi.on(LocalDate.of(2024, 7, 1), RURAL).standard()).isEqualTo(Money.parse("353.83"));
        assertThatThrownBy(() -> xiayi.on(LocalDate.of(2024, 6, 30), RURAL).standard())
                .isInstanceOf(PolicyConfigurationException.class);
        // the other residence is not touched
        assertThat(xiayi.on(LocalDate.of(2024, 6, 30), URBAN).standard()).isEqualTo(Money.parse("520"));
    }

    @Test
    void an_undated_overlay_value_over_dated_values_needs_replace(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  single.ruleset:
                    values:
                      - {value: relaxed-2022, source: "测算"}
                """);
        assertThat(ProfileRepository.checkWithOverlay(tmp)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("an undated value of single.ruleset would replace every dated value");
        });
        Files.writeString(tmp.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  single.ruleset:
                    replace: true
                    values:
                      - {value: relaxed-2022, source: "测算"}
                """);
        assertThat(ProfileRepository.builtInWithOverlay(tmp).byId("hn-xiayi").orElseThrow()
                .on(LocalDate.of(2019, 1, 1), URBAN).singleRuleset()).isEqualTo("relaxed-2022");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            assets.vehicleValueCap | value: 1e999999999   | the number 1e999999999 is out of range
            edge.multiplier        | value: 1e999999999   | the number 1e999999999 is out of range
            edge.multiplier        | value: 1e-999999999  | the number 1e-999999999 is out of range
            standard               | yearly: 1e999999999  | the number 1e999999999 is out of range
            standard               | value: 0x1F          | wrong type for standard: expected a number written with digits
            """)
    void a_huge_or_odd_number_is_a_profile_problem_with_file_and_line(String parameter, String value, String message,
                                                                       @TempDir Path tmp) throws Exception {
        // issue 15, defect 2: such a value made every command exit with "unexpected failure: ArithmeticException"
        Files.writeString(tmp.resolve("hn-xiayi.yaml"), "id: hn-xiayi\nparameters:\n  " + parameter
                + ":\n    RURAL:\n      - {from: 2024-01-01, " + value + ", source: \"攻击\"}\n");
        assertThat(ProfileRepository.checkWithOverlay(tmp)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(org.doudi.rules.api.request.Masking.scrub(tmp.resolve("hn-xiayi.yaml").toString()));
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains(message);
        });
        assertThatThrownBy(() -> ProfileRepository.builtInWithOverlay(tmp))
                .isInstanceOf(PolicyConfigurationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void a_folder_alone() {
        ProfileRepository repo = ProfileRepository.fromDirectory(dir("standalone"));
        assertThat(repo.all()).extracting(Profile::id).containsExactly("base", "child");
        Profile child = repo.byRegion("123456").orElseThrow();
        assertThat(child.on(LocalDate.of(2020, 1, 1), URBAN).standard()).isEqualTo(Money.parse("500.50"));
        assertThat(child.on(LocalDate.of(2020, 1, 1), URBAN).edgeMultiplier()).isEqualByComparingTo("1.5");
        assertThat(child.on(LocalDate.of(2020, 1, 1), URBAN).paymentMode()).isEqualTo(PaymentMode.GAP);
        assertThat(child.on(LocalDate.of(2020, 1, 1), RURAL).paymentMode()).isEqualTo(PaymentMode.GRADED_GAP);
        assertThat(repo.byId("base").orElseThrow().isBase()).isTrue();
        assertThat(ProfileRepository.check(dir("standalone"))).isEmpty();
        // a child of a built-in profile cannot be read alone
        assertThatThrownBy(() -> ProfileRepository.fromDirectory(dir("overlay")))
                .isInstanceOf(PolicyConfigurationException.class);
    }

    @Test
    void a_missing_folder_is_a_configuration_error(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope");
        assertThatThrownBy(() -> ProfileRepository.builtInWithOverlay(missing))
                .isInstanceOf(PolicyConfigurationException.class)
                .hasMessageContaining("nope");
        assertThat(ProfileRepository.check(missing)).hasSize(1);
    }

    @Test
    void overlay_may_not_break_the_built_in_profiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("steal.yaml"), "id: steal\nname: 抢\nparent: cn-national\nregions: [\"620422\"]\n");
        assertThat(ProfileRepository.checkWithOverlay(tmp))
                .containsExactly(new ConfigProblem(tmp.resolve("steal.yaml").toString(), 4,
                        "region 620422 is served by both 'gs-huining' and 'steal'"));
    }

    // ------------------------------------------------------------------ broken files

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax            | bad.yaml | 7 | YAML syntax error
            unknown-parameter | bad.yaml | 7 | unknown parameter 'edge.multiplyer' (did you mean 'edge.multiplier'?)
            unknown-entry-key | bad.yaml | 9 | unknown key 'note' in a value of edge.multiplier
            unsorted-dates    | bad.yaml | 7 | date 2019-01-01 comes after 2020-01-01 in the values of standard
            duplicate-date    | bad.yaml | 8 | duplicate date 2021-01-01 in the values of standard
            no-source         | bad.yaml | 9 | a value of notice.count has no source
            negative-standard | bad.yaml | 8 | standard must not be negative, found -300
            wrong-type        | bad.yaml | 6 | wrong type for assets.vehicleValueCap: expected an amount in yuan (a number), found text 'lots'
            unknown-parent    | bad.yaml | 3 | unknown parent profile 'cn-nationl'
            duplicate-region  | b.yaml   | 5 | region 100002 is served by both 'aa' and 'bb'
            unknown-top-key   | bad.yaml | 3 | unknown key 'regoins'
            undated-standard  | bad.yaml | 6 | every value of standard needs a date
            """)
    void broken_files_name_file_and_line(String folder, String file, int line, String message) {
        Path d = dir("broken/" + folder);
        List<ConfigProblem> problems = ProfileRepository.check(d);
        assertThat(problems).as("%s", problems).hasSize(1);
        ConfigProblem p = problems.get(0);
        assertThat(p.file()).isEqualTo(d.resolve(file).toString());
        assertThat(p.line()).as("%s", p).isEqualTo(line);
        assertThat(p.message()).startsWith(message);

        assertThatThrownBy(() -> ProfileRepository.fromDirectory(d))
                .isInstanceOf(PolicyConfigurationException.class)
                .satisfies(e -> {
                    PolicyConfigurationException pce = (PolicyConfigurationException) e;
                    assertThat(pce.file()).isEqualTo(d.resolve(file).toString());
                    assertThat(pce.line()).isEqualTo(line);
                    assertThat(pce.getMessage()).startsWith(d.resolve(file) + ":" + line + ": " + message);
                });
        assertThatThrownBy(() -> ProfileRepository.builtInWithOverlay(d))
                .isInstanceOf(PolicyConfigurationException.class);
    }

    @Test
    void check_returns_every_problem() {
        Path d = dir("broken/many");
        String f = org.doudi.rules.api.request.Masking.scrub(d.resolve("bad.yaml").toString()); // file names are masked (policy §15)
        assertThat(ProfileRepository.check(d)).containsExactly(
                new ConfigProblem(f, 4, "unknown parameter 'no.such'"),
                new ConfigProblem(f, 9, "wrong type for notice.days: expected a whole number, found text 'seven'"),
                new ConfigProblem(f, 12, "wrong type for payment.mode: expected one of [GAP, CATEGORY_FIXED, GRADED_GAP],"
                        + " found text 'HALF'"),
                new ConfigProblem(f, 15, "a value of edge.upperInclusive has no source (a document, \"假设值：...\" or"
                        + " \"设定：...\")"));
        assertThatThrownBy(() -> ProfileRepository.fromDirectory(d))
                .hasMessage(f + ":4: unknown parameter 'no.such' (and 3 more problems)");
    }

    @Test
    void more_problems_found_in_written_files(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), String.join("\n",
                "id: a",
                "name: 甲",
                "parameters:",
                "  standard:",
                "    URBAN:",
                "      - {from: 2020-13-01, value: 1, source: x}",
                "      - {from: 2021-01-01, value: 1.005, source: x}",
                "      - {from: 2022-01-01, value: 1, yearly: 12, source: x}",
                "  edge.multiplier:",
                "    values:",
                "      - {from: 2020-01-01, value: 1, source: x}",
                "      - {value: 2, source: x}",
                "  notice.days:",
                "    values:",
                "      - {from: 2020-01-01, yearly: 7, source: \"\"}",
                "  payment.rounding:",
                "    values:",
                "      - {value: {unit: JIAO, mode: CEILING}, source: x}",
                "  disability.nursing:",
                "    values:",
                "      - value:",
                "          - {grade: 1, types: [MENTAL], amount: 100}",
                "          - {grade: 1, types: [MENTAL, MENTAL], amount: 50}",
                "        source: x",
                "  filing.relations:",
                "    values:",
                "      - {value: [SPOUSE, COUSIN], source: x}",
                "  single.ruleset:",
                "    URBAN: [{value: national-2099, source: x}]",
                "    description: 7",
                ""));
        String f = org.doudi.rules.api.request.Masking.scrub(tmp.resolve("a.yaml").toString()); // file names are masked (policy §15)
        assertThat(ProfileRepository.check(tmp)).extracting(ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "from must be a date written yyyy-mm-dd in standard"),
                        org.assertj.core.groups.Tuple.tuple(7, "standard has more than two decimals: 1.005"),
                        org.assertj.core.groups.Tuple.tuple(8, "a value of standard has both value and yearly"),
                        org.assertj.core.groups.Tuple.tuple(12, "an undated value of edge.multiplier holds for all dates and"
                                + " must be the only value of its series"),
                        org.assertj.core.groups.Tuple.tuple(15, "the source of a value of notice.days is empty"),
                        org.assertj.core.groups.Tuple.tuple(15, "yearly is only allowed for standard"),
                        org.assertj.core.groups.Tuple.tuple(18, "wrong type for payment.rounding: expected unit YUAN or FEN,"
                                + " found text 'JIAO'"),
                        org.assertj.core.groups.Tuple.tuple(23, "MENTAL is listed twice in disability.nursing"),
                        org.assertj.core.groups.Tuple.tuple(27, "wrong type for filing.relations: expected one of "
                                + java.util.Arrays.toString(org.doudi.rules.api.request.KinRelation.values())
                                + ", found text 'COUSIN'"),
                        org.assertj.core.groups.Tuple.tuple(29, "wrong type for single.ruleset: expected one of [huining-2020,"
                                + " ludian-2019, national-2021, relaxed-2022], found text 'national-2099'"),
                        org.assertj.core.groups.Tuple.tuple(30, "description of single.ruleset must be text, found number '7'"));
        assertThat(ProfileRepository.check(tmp)).extracting(ConfigProblem::file).containsOnly(f);
    }
}
