package org.doudi.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;

/** Small builders for test cases, in the vocabulary of the policy. */
final class Cases {

    private Cases() {
    }

    static EvaluationRequest.Builder application(String profile, String asOf, Residence residence) {
        return EvaluationRequest.builder().caseId("T-" + profile + "-" + asOf).kind(Kind.APPLICATION)
                .profile(profile).asOf(LocalDate.parse(asOf)).residence(residence);
    }

    static Member.Builder person(String id, HeadRelation relation, String birthDate, LaborCapacity labor) {
        return Member.builder(id, relation).name("成员" + id).birthDate(LocalDate.parse(birthDate))
                .laborCapacity(labor);
    }

    static Member.Builder head(String birthDate, LaborCapacity labor) {
        return person("m1", HeadRelation.HEAD, birthDate, labor);
    }

    static List<Income> wage(String monthly) {
        return List.of(new Income(IncomeType.WAGE, Money.parse(monthly)));
    }

    static Income income(IncomeType type, String monthly) {
        return new Income(type, Money.parse(monthly));
    }

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    /** A test county under the national profile, citing no rule. */
    static final String TEST_COUNTY = """
            id: xx-test
            name: 测试县
            parent: cn-national
            regions: ["999999"]
            parameters:
              standard:
                values:
                  - {from: 2020-01-01, value: 500, source: "假设值：测试用"}
            """;

    /**
     * @return the built-in national profile without its own clauses (which cite the built-in rules), to serve test
     *         rules with {@link #TEST_COUNTY}
     */
    static String nationalProfileWithoutClauses() {
        try (InputStream in = Cases.class.getClassLoader()
                .getResourceAsStream("org/doudi/rules/profiles/cn-national.yaml")) {
            String national = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return national.substring(0, national.indexOf("\nclauses:") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
