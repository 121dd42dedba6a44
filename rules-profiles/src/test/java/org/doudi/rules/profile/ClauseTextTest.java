package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a clause citation may and may not say ({@link ClauseText}). */
class ClauseTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "社会救助暂行办法 第九条",
            "社会救助暂行办法 第十一条（三）：“不予批准，并书面向申请人说明理由”",
            "最低生活保障审核确认办法（民发〔2021〕57号） 第八条（一）（二）",
            "民发〔2021〕57号 第8条",
            "国务院令第649号",
            "豫民文[2023]111号；豫民【2023】1号",
            "鲁政办发〔2019〕47号《鲁甸县阳光低保专项行动方案》 二（一）“二是民主评议程序”",
            "夏民办〔2023〕14号《2023年社会救助综合治理工作方案》 三（三）：“适当拉大档差”",
            "《民政局兜底保障工作方案 1》 二（一）1“过单人户施保的筛子”",
            "民政局兜底保障工作方案 2 二（三）",
            "《民政局兜底保障工作方案 1》 二（二）2“补救助及时的漏洞”",
            "民法典 第一千零四十五条",
            "国发〔2015〕52号 困难残疾人生活补贴（条款待核）",
            "假设值：未找到公开依据，请按本地文件设定",
            "按农村低保一、二类和三、四类家庭发放；三级、四级智力残疾人；两项补贴",
            "着力发现和整治社会救助资金发放一户多卡、一人多卡……等问题"})
    void citations_pass(String clause) {
        assertThat(ClauseText.problems(clause)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            甘肃省农村低保分类施保（一类335元、二类318元，2019）                | 335, 318, 2019
            村级民主评议库人数原则上不少于30人                                   | 30
            可给予12个月的救助渐退期                                             | 12
            低保边缘家庭：低于低保标准1.5倍                                      | 1.5
            一、二类１００元                                                     | １００
            评议库原则上不少于三十人，给予十二个月，不低于百分之三十的比例       | 三十人, 十二个月, 百分之三十
            二（一）30人                                                         | 30
            民政局兜底保障工作方案 12个月                                       | 12
            二〇二〇年的方案                                                     | 二〇二〇年
            民发〔2021〕57号 第二十三条，每人100元                              | 100
            一户多卡的，每户限留一人                                             | 一人
            """)
    void figures_are_found_outside_the_citation_forms(String clause, String figures) {
        assertThat(ClauseText.figures(clause)).containsExactlyElementsOf(List.of(figures.split(",\\s*")));
        assertThat(ClauseText.problems(clause)).anySatisfy(p -> assertThat(p).startsWith("figure"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            会宁兜底保障方案（2020） 二（二）1                          | 会宁兜底保障方案 is not a title found in the text
            民政局兜底保障工作方案 二（一）1                            | 民政局兜底保障工作方案 is two plans
            《民政局兜底保障工作方案》 二（三）                          | 民政局兜底保障工作方案 is two plans
            民政局兜底保障工作方案3 二（三）                             | 民政局兜底保障工作方案 is two plans
            seed 004 二（二）                                           | 'seed' names this project's own material
            比例：POLICY 假设                                           | 'POLICY' names this project's own material
            POLICY §10（bridge.enabled 为本地设置）                     | 'POLICY' names this project's own material
            比例：假设（广东）                                           | an assumption must read 假设值：
            条款待核                                                     | 条款待核 without a document
            民发〔2021〕57号 第八条；单人户（条款待核）                  | 条款待核 without a document in '单人户（条款待核）'
            """)
    void other_defects_are_named(String clause, String problem) {
        assertThat(ClauseText.problems(clause)).anySatisfy(p -> assertThat(p).startsWith(problem));
    }

    @Test
    void an_empty_clause_is_a_problem() {
        assertThat(ClauseText.problems("  ")).singleElement().asString().startsWith("the clause is empty");
        assertThat(ClauseText.problems(null)).hasSize(1);
    }

    @Test
    void every_problem_of_a_clause_is_listed() {
        assertThat(ClauseText.problems("会宁兜底保障方案（2020） 三（三）：可给予12个月的救助渐退期；比例：POLICY 假设"))
                .hasSize(5)
                .anySatisfy(p -> assertThat(p).startsWith("figure '2020'"))
                .anySatisfy(p -> assertThat(p).startsWith("figure '12'"));
    }
}
