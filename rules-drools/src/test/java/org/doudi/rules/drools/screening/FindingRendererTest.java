package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.drools.ReasonMessages;
import org.doudi.rules.drools.facts.Person;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KieDefinition;
import org.kie.api.definition.rule.Rule;

/**
 * How a finding is rendered: its detail in the reader's language (every kind of figure: words for labels and enum
 * names, lists, staff ties, amounts, numbers, dates, a missing figure), the member named by name and id or by id alone,
 * the rule's id and clause, and what orders it on a line; how a detail names another case.
 */
class FindingRendererTest {

    private static final FindingRenderer RENDERER = new FindingRenderer(ReasonMessages.fromResources(
            "org/doudi/rules/screening/findings_zh.properties", "org/doudi/rules/screening/findings_en.properties"));
    private static final Rule RULE = new StubRule(Map.of("ruleId", "screen-x", "clause", "clause-x"));
    private static final LocalDate AS_OF = LocalDate.parse("2020-06-15");

    private static Person person(String id, String name, int position) {
        Member m = Member.builder(id, position == 0 ? HeadRelation.HEAD : HeadRelation.CHILD).name(name)
                .birthDate(LocalDate.parse("1960-01-01")).build();
        return new Person(m, position, EvaluationRequest.builder().asOf(AS_OF).members(m).build());
    }

    private static FindingRenderer.Placed render(FindingFact f, Locale locale) {
        return RENDERER.render(f, RULE, locale);
    }

    @Test
    @DisplayName("a member with a name is named name（id）, one without by the id; the rule's id and clause are kept")
    void memberAndRule() {
        FindingRenderer.Placed named = render(FindingFact.of(FindingCode.COVERED_NOT_COUNTED, person("m2", "王秀英", 1),
                "status", MemberStatus.MISSING), Locale.ENGLISH);
        assertThat(named.finding()).isEqualTo(new Finding(FindingCode.COVERED_NOT_COUNTED, "m2",
                "王秀英（m2） is declared missing: not a counted household member, yet still covered", "screen-x",
                "clause-x"));
        assertThat(named.position()).isEqualTo(1);

        FindingRenderer.Placed nameless = render(FindingFact.of(FindingCode.COVERED_NOT_COUNTED, person("m1", null, 0),
                "status", MemberStatus.IMPRISONED), Locale.CHINESE);
        assertThat(nameless.finding().detail()).as("an enum name without words of its own stays as it is")
                .isEqualTo("m1状态为IMPRISONED，不计入共同生活家庭成员，仍在保障范围内");
        assertThat(nameless.position()).isZero();
    }

    @Test
    @DisplayName("the case's own finding: no member; words for an outcome, causes joined in each language, none for "
            + "an empty list, amounts as written")
    void labelsListsAndAmounts() {
        FindingFact none = FindingFact.of(FindingCode.NOW_INELIGIBLE, null, "outcome", Outcome.INELIGIBLE,
                "causes", List.of(), "enrolled", Money.parse("524.00"));
        FindingRenderer.Placed placed = render(none, Locale.ENGLISH);
        assertThat(placed.finding().memberId()).isNull();
        assertThat(placed.finding().detail())
                .isEqualTo("The re-evaluation covers nobody (outcome ineligible: none); 524.00 yuan is paid every month");
        assertThat(placed.position()).isEqualTo(-1);

        List<Findings.Label> causes = List.of(new Findings.Label("cause.NO_COUNTED_MEMBER"),
                new Findings.Label("cause.ASSETS.VEHICLE"));
        FindingFact two = FindingFact.of(FindingCode.NOW_INELIGIBLE, null, "outcome", Outcome.INELIGIBLE,
                "causes", causes, "enrolled", Money.parse("524.00"));
        assertThat(render(two, Locale.ENGLISH).finding().detail()).isEqualTo("The re-evaluation covers nobody (outcome "
                + "ineligible: no counted household member, vehicle above the limit); 524.00 yuan is paid every month");
        assertThat(render(two, Locale.CHINESE).finding().detail()).contains("不符合：").contains("、")
                .endsWith("现每月发放 524.00 元");
    }

    @Test
    @DisplayName("staff ties in words in each language; a missing figure is none; dates and numbers as written")
    void tiesMissingFiguresDatesAndNumbers() {
        List<Findings.StaffTie> ties = List.of(new Findings.StaffTie("s1", new Findings.Label("staffRole.DIBAO_HANDLER"),
                new Findings.Label("relation.SPOUSE")), new Findings.StaffTie("s2",
                new Findings.Label("staffRole.PUBLIC_OFFICIAL"), new Findings.Label("relation.CHILD")));
        FindingFact filed = FindingFact.of(FindingCode.RELATIVE_NOT_FILED, null, "relations", ties);
        assertThat(render(filed, Locale.ENGLISH).finding().detail()).isEqualTo("The case touches staff or their near "
                + "relatives (s1 (dibao handler, spouse), s2 (public official, child)) and must be filed, but was not");
        assertThat(render(filed, Locale.CHINESE).finding().detail())
                .isEqualTo("本案涉及工作人员或其近亲属（s1（低保经办人员，配偶）、s2（公职人员，子女）），应当备案，但未备案");

        FindingFact unpaid = FindingFact.of(FindingCode.SUBSIDY_NOT_DUE, person("m1", "李建国", 0),
                "subsidy", new Findings.Label("subsidy.NURSING"), "paid", null);
        assertThat(render(unpaid, Locale.CHINESE).finding().detail())
                .isEqualTo("李建国（m1）不符合重度残疾人护理补贴条件，仍在发放（月发放额：无）");

        FindingFact late = FindingFact.of(FindingCode.DECEASED_NOT_EXITED, person("m1", "李建国", 0),
                "deceasedOn", LocalDate.parse("2020-01-10"), "months", 3, "deadline", LocalDate.parse("2020-04-30"));
        assertThat(render(late, Locale.ENGLISH).finding().detail()).isEqualTo("李建国（m1） died on 2020-01-10, more "
                + "than 3 months ago (exit was due by 2020-04-30), and is still covered");
    }

    @Test
    @DisplayName("order on a line: registry findings first in registry order, then the caseload's in code order; a "
            + "missed subsidy carries its shortfall")
    void order() {
        Person p = person("m1", "李建国", 0);
        FindingFact detained = new FindingFact(FindingCode.REGISTRY_DETAINED, true, p, 7, "REGISTRY_DETAINED",
                Map.of("from", AS_OF, "to", new Findings.Label("stillHeld")));
        FindingFact deceased = new FindingFact(FindingCode.REGISTRY_DECEASED, true, p, 3, "REGISTRY_DECEASED",
                Map.of("deathDate", AS_OF));
        FindingRenderer.Placed first = render(deceased, Locale.ENGLISH);
        FindingRenderer.Placed second = render(detained, Locale.ENGLISH);
        FindingRenderer.Placed duplicate = render(FindingFact.of(FindingCode.DUPLICATE_ENROLLMENT, p, "others", "x"),
                Locale.ENGLISH);
        FindingRenderer.Placed ineligible = render(FindingFact.of(FindingCode.NOW_INELIGIBLE, null), Locale.ENGLISH);
        assertThat(first.rank()).isZero();
        assertThat(second.rank()).isEqualTo(1);
        assertThat(second.order()).isEqualTo(7);
        assertThat(second.finding().detail()).contains("since 2020-06-15 (released: still held;");
        assertThat(duplicate.rank()).as("the caseload's own, after every registry finding").isGreaterThan(7);
        assertThat(ineligible.rank() - duplicate.rank())
                .isEqualTo(FindingCode.NOW_INELIGIBLE.ordinal() - FindingCode.DUPLICATE_ENROLLMENT.ordinal());
        assertThat(duplicate.shortfall()).isEqualTo(Money.ZERO);

        FindingFact missed = FindingFact.of(FindingCode.MISSED_SUBSIDY, p, "subsidy",
                new Findings.Label("subsidy.NURSING"), "due", Money.parse("100.00"), "shortfall", Money.parse("40.00"));
        assertThat(render(missed, Locale.ENGLISH).shortfall()).isEqualTo(Money.parse("40.00"));
        FindingFact unknown = FindingFact.of(FindingCode.MISSED_SUBSIDY, p, "shortfall", new Findings.Label("unknown"));
        assertThat(render(unknown, Locale.ENGLISH).shortfall()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("another case: id and line; the id alone when the line is unknown; ? without an id")
    void caseRef() {
        assertThat(RENDERER.caseRef("A-17", 12, Locale.CHINESE)).isEqualTo("案件 A-17（第 12 行）");
        assertThat(RENDERER.caseRef("A-17", 1, Locale.ENGLISH)).isEqualTo("case A-17 (line 1)");
        assertThat(RENDERER.caseRef("A-17", 0, Locale.CHINESE)).isEqualTo("案件 A-17");
        assertThat(RENDERER.caseRef("A-17", 0, Locale.ENGLISH)).isEqualTo("case A-17");
        assertThat(RENDERER.caseRef(null, 3, Locale.CHINESE)).isEqualTo("案件 ?（第 3 行）");
    }

    /** A rule as the engine gives it, with only the metadata a finding reads. */
    private record StubRule(Map<String, Object> getMetaData) implements Rule {
        @Override
        public String getPackageName() {
            return "org.doudi.rules.screening";
        }

        @Override
        public String getName() {
            return "x";
        }

        @Override
        public int getLoadOrder() {
            return 0;
        }

        @Override
        public KnowledgeType getKnowledgeType() {
            return KieDefinition.KnowledgeType.RULE;
        }

        @Override
        public String getNamespace() {
            return getPackageName();
        }

        @Override
        public String getId() {
            return getName();
        }
    }
}
