package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doudi notice} (公示): exactly what may be published, with the notice periods. */
class NoticeCommandTest {

    @TempDir
    Path tmp;

    /** 会宁城市2020-06-15（标准524元）：户主与子女，无收入。 */
    static String huiningUrban(String headBirth, String head) {
        return "{\"caseId\":\"62042219800101123X\",\"kind\":\"APPLICATION\",\"profile\":\"gs-huining\","
                + "\"asOf\":\"2020-06-15\",\"residence\":\"URBAN\",\"members\":["
                + "{\"id\":\"m1\",\"name\":\"" + head + "\",\"idNumber\":\"62042219800101123X\",\"phone\":\"13912345678\","
                + "\"bankAccount\":\"6222021234567890123\",\"relation\":\"HEAD\",\"birthDate\":\"" + headBirth + "\","
                + "\"laborCapacity\":\"NONE\"},"
                + "{\"id\":\"m2\",\"name\":\"王小妹\",\"relation\":\"SIBLING\",\"birthDate\":\"2010-01-01\","
                + "\"laborCapacity\":\"NONE\"}]}";
    }

    @Test
    @DisplayName("户主姓名、保障人数、月保障金、公示期（7天，首尾都算）；不出现证件号、电话、账号、未成年人姓名")
    void oneNotice() {
        Path file = Cli.write(tmp.resolve("r.json"), huiningUrban("1980-01-01", "王大山"));
        Cli.Result r = Cli.run("notice", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("""
                最低生活保障公示
                申请人（户主）：王大山
                保障人数：2人
                月保障金额：1048.00元
                公示期：2020-06-15 至 2020-06-21（共7天）
                """);
        assertThat(r.out()).doesNotContain("620422").doesNotContain("13912345678").doesNotContain("6222021")
                .doesNotContain("王小妹").doesNotContain("62042219800101123X");
    }

    @Test
    @DisplayName("户主未成年：显示“户主（未成年）”，不显示姓名")
    void minorHead() {
        Path file = Cli.write(tmp.resolve("r.json"), huiningUrban("2005-06-16", "王小山"));
        Cli.Result r = Cli.run("notice", file.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("申请人（户主）：户主（未成年）").doesNotContain("王小山");
    }

    @Test
    @DisplayName("两次公示（鲁甸）：第二次从第一次结束的次日起，各7天")
    void twoPeriods() {
        String ludian = "{\"caseId\":\"L-1\",\"kind\":\"REVIEW\",\"profile\":\"yn-ludian\",\"asOf\":\"2020-08-28\","
                + "\"residence\":\"URBAN\",\"members\":[{\"id\":\"m1\",\"name\":\"罗永平\",\"relation\":\"HEAD\","
                + "\"birthDate\":\"1960-03-03\",\"laborCapacity\":\"NONE\"}],"
                + "\"enrollment\":{\"since\":\"2019-01\",\"monthlyAmount\":\"640.00\",\"coveredMembers\":[\"m1\"]}}";
        Path file = Cli.write(tmp.resolve("l.json"), ludian);
        Cli.Result r = Cli.run("notice", file.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("""
                Public notice: minimum living guarantee (dibao)
                Applicant (head of household): 罗永平
                Covered people: 1
                Monthly amount: 640.00 yuan
                First notice period: 2020-08-28 to 2020-09-03 (7 days)
                Second notice period: 2020-09-04 to 2020-09-10 (7 days)
                """);
    }

    @Test
    @DisplayName("不予保障的决定：说明无须公示")
    void nothingToPublish() {
        String rich = huiningUrban("1980-01-01", "王大山").replace("\"laborCapacity\":\"NONE\"},{",
                "\"laborCapacity\":\"NONE\",\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"5000.00\"}]},{");
        Path file = Cli.write(tmp.resolve("x.json"), rich);
        Cli.Result r = Cli.run("notice", file.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("本案决定结果为 INELIGIBLE，不予公示（只有纳入低保的决定需要公示）。\n");
    }

    @Test
    @DisplayName("公示名单（--batch）：按输入顺序列出应公示的案件，其余行在标准错误说明")
    void batchList() {
        String eligible = huiningUrban("1980-01-01", "王大山");
        String minor = huiningUrban("2005-06-16", "王小山");
        String ineligible = eligible.replace("\"laborCapacity\":\"NONE\"},{",
                "\"laborCapacity\":\"NONE\",\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"5000.00\"}]},{");
        Path file = Cli.write(tmp.resolve("b.jsonl"), eligible + "\n" + ineligible + "\n\n{broken\n" + minor + "\n");
        Cli.Result r = Cli.run("notice", "--batch", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("""
                最低生活保障公示名单
                序号 | 申请人（户主） | 保障人数 | 月保障金额（元） | 公示期
                1 | 王大山 | 2 | 1048.00 | 2020-06-15 至 2020-06-21（共7天）
                2 | 户主（未成年） | 2 | 1048.00 | 2020-06-15 至 2020-06-21（共7天）
                共 2 户
                """);
        assertThat(r.err()).isEqualTo("""
                第 2 行：本案决定结果为 INELIGIBLE，不予公示（只有纳入低保的决定需要公示）。
                第 4 行：请求无效，未列入
                doudi notice: 2 行未列入公示名单
                """);
    }

    @Test
    @DisplayName("无效请求：错误 JSON，退出码 2")
    void invalid() {
        Path file = Cli.write(tmp.resolve("bad.json"), "{\"caseId\":\"x\"}");
        Cli.Result r = Cli.run("notice", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().has("errors")).isTrue();
    }
}
