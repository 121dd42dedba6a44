package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.drools.ScreeningRules;
import org.doudi.rules.drools.lint.RuleLint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/** The screening rules: the project's DRL conventions, and a KieBase of their own. */
class ScreeningRulesTest {

    @Test
    @DisplayName("排查规则：每条有 @ruleId 与 @clause，编号不重复，无 salience，无政策数字")
    void conventions() {
        Map<String, String> sources = ScreeningRules.sources();
        assertThat(sources).containsOnlyKeys("screening.drl");
        assertThat(RuleLint.check(sources)).isEmpty();
        // ids are unique across the screening and the policy rules together
        Map<String, String> all = new java.util.LinkedHashMap<>(RuleSet.readBuiltInSources());
        all.putAll(sources);
        assertThat(RuleLint.check(all)).isEmpty();
    }

    @Test
    @DisplayName("排查规则自成一个 KieBase：普通决定不加载排查规则，排查也不加载政策规则")
    void ownKieBase() {
        KieBase screening = ScreeningRules.kieBase();
        KieBase policy = RuleSet.builtIn().kieBase();
        assertThat(screening.getKiePackages()).extracting(KiePackage::getName)
                .contains("org.doudi.rules.screening").doesNotContain("org.doudi.rules.policy");
        assertThat(policy.getKiePackages()).extracting(KiePackage::getName)
                .contains("org.doudi.rules.policy").doesNotContain("org.doudi.rules.screening");
        long screeningRules = screening.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
        assertThat(screeningRules).isEqualTo(24);
        screening.getKiePackages().stream().flatMap(p -> p.getRules().stream()).forEach(rule -> {
            assertThat(rule.getMetaData().get("ruleId")).asString().startsWith("DB-SCR-");
            assertThat(rule.getMetaData().get("clause")).asString().isNotBlank();
        });
    }
}
