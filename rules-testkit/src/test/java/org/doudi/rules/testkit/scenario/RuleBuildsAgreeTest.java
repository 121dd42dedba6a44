package org.doudi.rules.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.scenario.Scenario;
import org.doudi.rules.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The decisions never depend on how the rules were built, nor on the order in which the engine happens to evaluate
 * them. The built-in rules as kie-maven-plugin pre-generated them at build time are compared, request by request, with
 * the same DRL text compiled at run time ({@link RuleSet#build}), once as it is and once with a firing order forced
 * by salience: every rule that concludes from a covered unit (single-person coverage, category, support type,
 * payment, subsidies, temporary assistance, voluntary exit, phase-out) before the asset test. That order lets a unit
 * exist for a moment before the asset test withdraws it, which is what once made a payment entry that no final unit
 * needs end the decision as a configuration error (scenario file {@code 08-amount/missing-amounts.yaml}).
 *
 * <p>The requests are every request of the shipped scenario suite (with their profile overlays) and the twelve worked
 * examples; the whole outcome is compared: the decision's JSON, the error list or the configuration error.
 */
class RuleBuildsAgreeTest {

    static final Path SUITE = Path.of("../scenarios");
    static final Path WORKED = Path.of("../examples/worked-examples.jsonl");

    /** Rules that conclude from a covered unit, and the asset test, by rule id prefix. */
    static final Pattern EARLY = Pattern.compile("DB-(SGL|CAT|SUP|PAY|SUB|TA|VX|PO)-.*");
    static final Pattern LATE = Pattern.compile("DB-AST-.*");

    record Case(String label, JsonNode request, Path params) {
    }

    static final Map<String, RuleSet> BUILDS = new LinkedHashMap<>();
    static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void buildEveryWay() throws IOException {
        Map<String, String> sources = RuleSet.readBuiltInSources();
        BUILDS.put("pre-generated at build time", RuleSet.builtIn());
        BUILDS.put("DRL text compiled at run time", RuleSet.build(sources));
        Map<String, String> forced = new LinkedHashMap<>();
        sources.forEach((file, drl) -> forced.put(file, withSalience(drl)));
        BUILDS.put("DRL text with coverage conclusions forced before the asset test", RuleSet.build(forced));
        loadCases();
    }

    /** Fills {@link #CASES} once per test JVM (also for {@code CachedRulesAgreeTest}). */
    static synchronized void loadCases() throws IOException {
        if (!CASES.isEmpty()) {
            return;
        }
        for (Path file : ScenarioLoader.findFiles(SUITE)) {
            for (Scenario s : ScenarioLoader.load(file)) {
                if (!s.isMalformed()) {
                    CASES.add(new Case(s.location() + " " + s.name(), s.request(), s.params()));
                }
            }
        }
        List<String> lines = Files.readAllLines(WORKED, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            CASES.add(new Case(WORKED + ":" + (i + 1), DoudiJson.mapper().readTree(lines.get(i)), null));
        }
    }

    /**
     * The DRL text with {@code salience 1} on the rules matching {@link #EARLY} and {@code salience -1} on the asset
     * rules, put before each rule's {@code when} (salience is never used in the shipped rules; here it only forces an
     * order the engine could choose by itself).
     */
    static String withSalience(String drl) {
        StringBuilder out = new StringBuilder();
        Pattern ruleId = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");
        String id = null;
        for (String line : drl.split("\n", -1)) {
            Matcher m = ruleId.matcher(line);
            if (m.find()) {
                id = m.group(1);
            }
            if (id != null && line.strip().equals("when")) {
                int salience = EARLY.matcher(id).matches() ? 1 : LATE.matcher(id).matches() ? -1 : 0;
                out.append("    salience ").append(salience).append('\n');
                id = null;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The whole outcome of a request as text: the decision's JSON, or the errors, or the configuration error. */
    static String outcome(DroolsEligibilityService service, JsonNode request) {
        DecodedRequest decoded = DoudiJson.decodeRequest(request);
        List<Problem> problems = service.validate(decoded);
        if (!problems.isEmpty()) {
            return DoudiJson.writeErrors(problems, false);
        }
        try {
            return DoudiJson.writeDecision(service.decide(decoded.request(), Locale.CHINESE), false);
        } catch (PolicyConfigurationException e) {
            return DoudiJson.writeConfigurationError(e, false);
        }
    }

    @Test
    @DisplayName("预生成的规则、运行时从 DRL 文本编译的规则、强制改变执行顺序的规则：每个场景与示例的结果逐字节相同")
    void everyBuildDecidesAlike() {
        Map<Path, ProfileRepository> profiles = new HashMap<>();
        Map<String, Map<Path, DroolsEligibilityService>> services = new LinkedHashMap<>();
        BUILDS.forEach((name, rules) -> services.put(name, new HashMap<>()));
        int configurationErrors = 0;
        int decisions = 0;
        for (Case c : CASES) {
            ProfileRepository repository = profiles.computeIfAbsent(c.params() == null ? Path.of("") : c.params(),
                    p -> c.params() == null ? ProfileRepository.builtIn() : ProfileRepository.builtInWithOverlay(p));
            String expected = null;
            for (Map.Entry<String, RuleSet> build : BUILDS.entrySet()) {
                DroolsEligibilityService service = services.get(build.getKey()).computeIfAbsent(
                        c.params() == null ? Path.of("") : c.params(),
                        p -> DroolsEligibilityService.of(build.getValue(), repository));
                String actual = outcome(service, c.request());
                if (expected == null) {
                    expected = actual;
                    configurationErrors += actual.startsWith("{\"configurationError\"") ? 1 : 0;
                    decisions += actual.startsWith("{\"caseId\"") ? 1 : 0;
                } else {
                    assertThat(actual).as("%s, %s", c.label(), build.getKey()).isEqualTo(expected);
                }
            }
        }
        assertThat(CASES).hasSizeGreaterThan(200);
        assertThat(decisions).isGreaterThan(180);
        assertThat(configurationErrors).isGreaterThanOrEqualTo(2);
    }
}
