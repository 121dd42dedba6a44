package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter explorer: {@code profiles show} and {@code profiles history}, with and without an overlay. */
class ProfilesExplorerTest {

    @TempDir
    Path tmp;

    private Path xiayiOverlay() throws Exception {
        Path params = Files.createDirectories(tmp.resolve("params"));
        Files.writeString(params.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2024-07-01, yearly: 4246, source: "测算：农村低保标准上调10%"}
                """);
        return params;
    }

    @Test
    void show_lists_every_parameter_on_a_date_with_its_source_and_origin() {
        Cli.Result r = Cli.run("profiles", "show", "hn-xiayi", "--date", "2020-01-01", "--residence", "RURAL");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("hn-xiayi  夏邑县（河南省商丘市）")
                .contains("取值日期：2020-01-01")
                .contains("农村（RURAL）：")
                .doesNotContain("城市（URBAN）：")
                // a yearly standard with its monthly conversion, the date, the source and the built-in file and line
                .contains("  standard = 321.67（每年 3860.00 元，按月 321.67 元）；起始：2019-01-01；来源：河南省2019年")
                .contains("[内置 org/doudi/rules/profiles/hn-xiayi.yaml:19]")
                // an inherited undated value names the parent's file
                .contains("  edge.multiplier = 1.5；起始：不分日期；来源：")
                .contains("[内置 org/doudi/rules/profiles/cn-national.yaml:")
                .contains("  single.ruleset = national-2021；起始：2018-01-01")
                // an optional parameter the profile leaves unset
                .contains("  deduction.employmentCostCap = （未设定）；起始：不分日期")
                .contains("  disability.living = （未设定）；起始：不分日期");
    }

    @Test
    void show_names_the_overlay_file_and_line() throws Exception {
        Path params = xiayiOverlay();
        Cli.Result r = Cli.run("profiles", "show", "hn-xiayi", "--params", params.toString(), "--date",
                "2024-07-01", "--residence", "RURAL", "--lang", "en");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("standard = 353.83 (yearly 4246.00 yuan, monthly 353.83 yuan); from: 2024-07-01;"
                + " source: 测算：农村低保标准上调10%  [overlay " + params.resolve("hn-xiayi.yaml") + ":5]");
    }

    @Test
    void show_defaults_to_the_latest_date_in_the_data() {
        Cli.Result r = Cli.run("profiles", "show", "hn-xiayi");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("取值日期：2023-06-21（数据中的最后日期；用 --date 指定）")
                .contains("城市（URBAN）：").contains("农村（RURAL）：")
                .contains("single.ruleset = relaxed-2022；起始：2023-06-21");
    }

    @Test
    void history_lists_the_merged_series() throws Exception {
        Path params = xiayiOverlay();
        Cli.Result r = Cli.run("profiles", "history", "hn-xiayi", "standard", "--params", params.toString(),
                "--residence", "RURAL");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("  20")).toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("  2018-01-01  287.50（每年 3450.00 元，按月 287.50 元）").contains("[内置 "),
                l -> assertThat(l).startsWith("  2019-01-01  321.67（每年 3860.00 元").contains("[内置 "),
                l -> assertThat(l).startsWith("  2024-07-01  353.83（每年 4246.00 元").contains("[覆盖 "));
    }

    @Test
    void misspelt_names_get_a_suggestion() {
        Cli.Result profile = Cli.run("profiles", "show", "hn-xiayl");
        assertThat(profile.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(profile.err()).contains("未知档案 'hn-xiayl'（是否想写 hn-xiayi？）");
        Cli.Result parameter = Cli.run("profiles", "history", "hn-xiayi", "edge.multiplyer", "--lang", "en");
        assertThat(parameter.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(parameter.err()).contains("unknown parameter 'edge.multiplyer' (did you mean 'edge.multiplier'?)");
    }

    @Test
    void the_national_profile_lists_its_undated_values_as_such() {
        Cli.Result r = Cli.run("profiles");
        String national = r.out().substring(r.out().indexOf("cn-national"));
        assertThat(national.substring(0, national.indexOf("\n\n"))).contains("取值日期：不分日期（各值始终适用）")
                .doesNotContain("取值日期：无");
    }

    @Test
    void show_prints_each_parameters_meaning_and_unit_under_its_value() {
        Cli.Result zh = Cli.run("profiles", "show", "hn-xiayi", "--date", "2020-01-01", "--residence", "RURAL");
        assertThat(zh.exit()).as("%s", zh).isZero();
        List<String> lines = zh.out().lines().toList();
        // the line under a value is the catalog's description, with the unit where the parameter has one
        assertThat(lines.get(lines.indexOf(lines.stream().filter(x -> x.startsWith("  standard = ")).findFirst()
                .orElseThrow()) + 1)).isEqualTo("      低保标准 S：每人每月；按年公布的标准写 yearly:，读入时除以 12 按月折算"
                + "（四舍五入到分）；单位：元/人·月");
        assertThat(zh.out()).contains("  assets.maxResidentialProperties = 2；起始：不分日期；")
                .contains("\n      家庭可拥有的住房套数上限；单位：套\n")
                .contains("\n      是否从收入中扣减刚性支出（医疗、教育、残疾康复、就业成本等）\n")
                // every catalog parameter is listed, also one the profile never sets
                .contains("  payment.perPerson = （此日期无值）\n      按类别定额（CATEGORY_FIXED）时各类别每人每月的金额；单位：元/人·月\n");
        Cli.Result en = Cli.run("profiles", "show", "hn-xiayi", "--date", "2020-01-01", "--residence", "RURAL",
                "--lang", "en");
        assertThat(en.out()).contains("\n      Most homes a household may own; unit: homes\n")
                .contains("\n      Income limit of an edge household, as a multiple of the standard (income per head below"
                        + " this × S); unit: multiple\n");
    }

    @Test
    void history_names_the_parameters_meaning_and_unit() {
        Cli.Result r = Cli.run("profiles", "history", "gs-huining", "payment.perPerson", "--residence", "RURAL");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).startsWith("gs-huining payment.perPerson\n  按类别定额（CATEGORY_FIXED）时各类别每人每月的金额；"
                + "单位：元/人·月\n");
    }

    @Test
    void params_lists_the_catalog_by_area_in_either_language() {
        Cli.Result zh = Cli.run("profiles", "params");
        assertThat(zh.exit()).as("%s", zh).isZero();
        assertThat(zh.out()).startsWith("档案参数目录：共 " + org.doudi.rules.profile.ParameterCatalog.keys().size() + " 项")
                .contains("\n保障金计算  (docs/policy/08-amount.md)\n  payment.mode\n      保障金计算方式：GAP 补差；"
                        + "CATEGORY_FIXED 按类别定额；GRADED_GAP 分档补差\n      名称之一；可用名称：GAP, CATEGORY_FIXED, GRADED_GAP；必需\n")
                .contains("\n  sampling.ratio\n")
                .contains("数值；单位：比例；不大于 1；必需");
        for (String key : org.doudi.rules.profile.ParameterCatalog.keys()) {
            assertThat(zh.out()).contains("\n  " + key + "\n");
        }
        Cli.Result en = Cli.run("profiles", "params", "standard", "disability.living", "--lang", "en");
        assertThat(en.exit()).as("%s", en).isZero();
        assertThat(en.out()).isEqualTo("""
                Dibao standard  (docs/policy/05-whole-household.md)
                  standard
                      The dibao standard S per person per month; a standard published per year is written yearly: and \
                converted once to a monthly one (÷ 12, half up to the fen)
                      an amount in yuan, at most two decimals; unit: yuan per person per month; greater than 0; every \
                entry dated (from:); a yearly amount may be given as yearly:; required

                Disability subsidies  (docs/policy/11-disability-subsidies.md)
                  disability.living
                      Living subsidy for disabled people in need, by dibao category (default: no category); when not \
                set the amount is null with a reason
                      an amount per category ("1"–"4") or "default" (no category); unit: yuan per person per month; \
                optional
                """);
        Cli.Result typo = Cli.run("profiles", "params", "visit.minstaf");
        assertThat(typo.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(typo.err()).contains("未知参数 'visit.minstaf'（是否想写 visit.minStaff？）");
    }
}
