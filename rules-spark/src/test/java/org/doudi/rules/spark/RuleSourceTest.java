package org.doudi.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;

/** Shipping an analyst's folders as texts, and building the service from them once per JVM; no Spark. */
class RuleSourceTest {

    /** A Wujin household: Wujin ships no standard, so only the analyst's profile file can decide it. */
    static final String WUJIN = "{\"caseId\":\"WJ-1\",\"kind\":\"APPLICATION\",\"profile\":\"js-wujin\","
            + "\"asOf\":\"2024-06-01\",\"residence\":\"URBAN\",\"members\":[{\"id\":\"m1\",\"name\":\"钱志明\","
            + "\"relation\":\"HEAD\",\"birthDate\":\"1975-02-02\",\"laborCapacity\":\"FULL\","
            + "\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"1500.00\"}]},{\"id\":\"m2\",\"name\":\"孙丽娟\","
            + "\"relation\":\"SPOUSE\",\"birthDate\":\"1977-03-03\",\"laborCapacity\":\"NONE\"}]}";

    static Path wujinParams() {
        return Path.of("target", "test-classes", "params", "wujin").toAbsolutePath();
    }

    @Test
    void theKeyDependsOnEveryNameAndTextAndNothingElse() {
        RuleSource a = RuleSource.of(Map.of("a.drl", "x", "b/c.drl", "y"), Map.of("p.yaml", "z"));
        RuleSource sameInAnotherOrder = RuleSource.of(Map.of("b/c.drl", "y", "a.drl", "x"), Map.of("p.yaml", "z"));

        assertThat(sameInAnotherOrder.key()).isEqualTo(a.key()).hasSize(64);
        assertThat(RuleSource.of(Map.of("a.drl", "x", "b/c.drl", "y!"), Map.of("p.yaml", "z")).key())
                .isNotEqualTo(a.key());
        assertThat(RuleSource.of(Map.of("a.drl", "x", "b/d.drl", "y"), Map.of("p.yaml", "z")).key())
                .isNotEqualTo(a.key());
        // a file moved from the rules to the profiles is another source
        assertThat(RuleSource.of(Map.of("a.drl", "x"), Map.of("b/c.drl", "y", "p.yaml", "z")).key())
                .isNotEqualTo(a.key());
        assertThat(RuleSource.of(Map.of(), Map.of())).isEqualTo(RuleSource.builtIn());
        assertThat(RuleSource.builtIn().isBuiltIn()).isTrue();
    }

    @Test
    void itTravelsAsASerialisedValue() throws Exception {
        RuleSource source = RuleSource.of(Map.of("a.drl", "规则"), Map.of("p.yaml", "id: p"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(source);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RuleSource copy = (RuleSource) in.readObject();
            assertThat(copy.key()).isEqualTo(source.key());
            assertThat(copy.rules()).isEqualTo(source.rules());
            assertThat(copy.params()).isEqualTo(source.params());
        }
    }

    @Test
    void aProfileFolderShippedAsTextsDecidesAsTheFolderItself() throws IOException {
        RuleSource read = RuleSource.fromDirectories(null, wujinParams());
        assertThat(read.params()).containsOnlyKeys("js-wujin.yaml");

        DroolsEligibilityService fromTexts = RuleSource.of(read.rules(), read.params()).build();
        DroolsEligibilityService fromFolder = DroolsEligibilityService.fromDirectories(null, wujinParams());

        Decision decision = fromTexts.decide(DoudiJson.readRequest(WUJIN));
        assertThat(decision.monthlyAmount().toString()).isEqualTo("500.00");
        assertThat(DoudiJson.writeDecision(decision, false))
                .isEqualTo(DoudiJson.writeDecision(fromFolder.decide(DoudiJson.readRequest(WUJIN)), false));
        assertThatThrownBy(() -> DroolsEligibilityService.builtIn().decide(DoudiJson.readRequest(WUJIN)))
                .isInstanceOf(PolicyConfigurationException.class);
    }

    @Test
    void theDriverChecksTheFoldersAndKeepsTheServiceItBuilt() {
        RuleSource source = RuleSource.fromDirectories(null, wujinParams());

        assertThat(ServiceCache.holds(source.key())).isTrue();
        long builds = ServiceCache.builds();
        assertThat(ServiceCache.get(source)).isSameAs(ServiceCache.get(source));
        assertThat(ServiceCache.builds()).isEqualTo(builds);
    }

    @Test
    void aBrokenProfileFileIsReportedWithItsName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n");

        assertThatThrownBy(() -> RuleSource.fromDirectories(null, dir))
                .isInstanceOf(PolicyConfigurationException.class)
                .hasMessageContaining("broken.yaml");
    }

    @Test
    void aFileNameCannotLeaveItsFolder() {
        RuleSource escaping = RuleSource.of(Map.of(), Map.of("../../outside.yaml", "id: x"));

        assertThatThrownBy(escaping::build).hasMessageContaining("outside its folder");
    }
}
