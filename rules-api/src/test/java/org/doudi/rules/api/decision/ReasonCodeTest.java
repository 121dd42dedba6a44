package org.doudi.rules.api.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.money.Money;

/**
 * What a reason code declares of its figures, checked against figures as rules give them: the check the test suites
 * run on every reason of every scenario must catch a missing figure, an undeclared one and each kind of wrong value.
 */
class ReasonCodeTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    private static Map<String, Object> figures(Object... nameValue) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            f.put((String) nameValue[i], nameValue[i + 1]);
        }
        return f;
    }

    @Test
    @DisplayName("a built-in code is found by its text; a code of an analyst's folder is not")
    void of() {
        assertThat(ReasonCode.of("SINGLE_PERSON_COVERED")).contains(ReasonCode.SINGLE_PERSON_COVERED);
        assertThat(ReasonCode.of("MY_OWN_CODE")).isEmpty();
        assertThat(ReasonCode.SINGLE_PERSON_COVERED.figures()).extracting(ReasonCode.Figure::name)
                .containsExactly("net", "standard");
    }

    @Test
    @DisplayName("money figures: as declared passes; missing, undeclared and a string instead of money are each named")
    void money() {
        ReasonCode code = ReasonCode.SINGLE_PERSON_COVERED;

        assertThat(code.check(figures("net", m("300.00"), "standard", m("520.00")))).isEmpty();
        assertThat(code.check(figures("net", m("300.00")))).containsExactly("standard is missing");
        assertThat(code.check(figures("net", m("300.00"), "standard", m("520.00"), "gap", m("1"))))
                .containsExactly("gap is not a figure of SINGLE_PERSON_COVERED");
        assertThat(code.check(figures("net", "300.00", "standard", m("520.00"))))
                .containsExactly("net = 300.00 (String) is no MONEY");
        assertThat(code.check(figures("net", null, "standard", m("520.00"))))
                .containsExactly("net = null (null) is no MONEY");
    }

    @Test
    @DisplayName("exact and decimal figures are decimal strings; counts are integers; codes come from their list")
    void decimalsCountsCodes() {
        ReasonCode edge = ReasonCode.HOUSEHOLD_EDGE;
        assertThat(edge.check(figures("net", m("900"), "edgeLimit", "1197.00", "multiplier", "1.5"))).isEmpty();
        assertThat(edge.check(figures("net", m("900"), "edgeLimit", "many", "multiplier", "1.5")))
                .containsExactly("edgeLimit = many (String) is no EXACT");
        assertThat(edge.check(figures("net", m("900"), "edgeLimit", "1197", "multiplier", 2)))
                .containsExactly("multiplier = 2 (Integer) is no DECIMAL");

        ReasonCode below = ReasonCode.INCOME_BELOW_STANDARD;
        Map<String, Object> ok = figures("net", m("100"), "standardTimesMembers", m("640"), "countedMembers", 1,
                "perCapita", m("100"), "standard", m("640"));
        assertThat(below.check(ok)).isEmpty();
        ok.put("countedMembers", 1L);
        assertThat(below.check(ok)).containsExactly("countedMembers = 1 (Long) is no COUNT");

        ReasonCode assets = ReasonCode.ASSETS_EXCEED_LIMIT;
        assertThat(assets.check(figures("which", "VEHICLE", "kind", "CAR"))).isEmpty();
        assertThat(assets.check(figures("which", "BOAT"))).singleElement().asString()
                .startsWith("which = BOAT (String) is no CODE of [").contains("VEHICLE", "FINANCIAL");
        assertThat(assets.check(figures("which", "VEHICLE", "kind", "SPACESHIP"))).singleElement().asString()
                .startsWith("kind = SPACESHIP (String) is no CODE of [").contains("CAR", "TRUCK");
        assertThat(assets.check(figures())).as("only 'which' is required").containsExactly("which is missing");
    }

    @Test
    @DisplayName("a limit is an amount, a count or a decimal string; anything else is named")
    void numbers() {
        ReasonCode assets = ReasonCode.ASSETS_EXCEED_LIMIT;
        assertThat(assets.check(figures("which", "FINANCIAL", "limit", m("2000")))).isEmpty();
        assertThat(assets.check(figures("which", "RESIDENTIAL_PROPERTIES", "limit", 2))).isEmpty();
        assertThat(assets.check(figures("which", "FINANCIAL", "limit", "2000.5"))).isEmpty();
        assertThat(assets.check(figures("which", "FINANCIAL", "limit", "two"))).containsExactly(
                "limit = two (String) is no NUMBER");
        assertThat(assets.check(figures("which", "FINANCIAL", "limit", 2.5))).containsExactly(
                "limit = 2.5 (Double) is no NUMBER");
    }

    @Test
    @DisplayName("months are YYYY-MM, dates YYYY-MM-DD, texts any string")
    void monthsDatesTexts() {
        ReasonCode ended = ReasonCode.PHASE_OUT_ENDED;
        assertThat(ended.check(figures("startMonth", "2020-01", "endMonth", "2020-12"))).isEmpty();
        assertThat(ended.check(figures("startMonth", "2020-13", "endMonth", "2020-12")))
                .containsExactly("startMonth = 2020-13 (String) is no MONTH");

        ReasonCode stale = ReasonCode.STANDARD_MAY_BE_STALE;
        assertThat(stale.check(figures("standard", m("520"), "effectiveFrom", "2019-01-01", "staleAfterMonths", 24)))
                .isEmpty();
        assertThat(stale.check(figures("standard", m("520"), "effectiveFrom", "2019-02-30", "staleAfterMonths", 24)))
                .containsExactly("effectiveFrom = 2019-02-30 (String) is no DATE");

        ReasonCode recusal = ReasonCode.RECUSAL_REQUIRED;
        assertThat(recusal.check(figures("staffId", "s9", "relation", "SIBLING"))).isEmpty();
        assertThat(recusal.check(figures("staffId", 9, "relation", "SIBLING")))
                .containsExactly("staffId = 9 (Integer) is no TEXT");
    }
}
