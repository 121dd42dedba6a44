package org.doudi.rules.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.ReasonCode;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.ReasonMessages;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.scenario.Scenario;
import org.doudi.rules.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every reason of every scenario of the suite and every worked example reads as a sentence a caseworker can read to
 * a household: in Chinese without an English code in it (no run of three or more capitals or underscores such as
 * {@code GRADED_GAP}), in English without a code either; and every figure the message shows is one the rule gave (a
 * misspelt placeholder, or a rule that forgets a figure, would leave a gap in the sentence); every reason's figures
 * are those its {@link ReasonCode} declares, with their types. Over the suite, every pair of rule and reason code that
 * the built-in rules can emit is seen at least once.
 */
class HouseholdMessagesTest {

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z_]{3,}");
    /** A reason emitted in a rule's consequence: {@code ReasonFact.of( "CODE"} or {@code ReasonFact.household( "CODE"}. */
    private static final Pattern EMITS = Pattern.compile("ReasonFact\\.(?:of|household)\\(\\s*\"([A-Z_]+)\"");
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");

    private record Case(String label, JsonNode request, Path params) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void readSuite() throws IOException {
        for (Path file : ScenarioLoader.findFiles(RuleBuildsAgreeTest.SUITE)) {
            for (Scenario s : ScenarioLoader.load(file)) {
                if (!s.isMalformed()) {
                    CASES.add(new Case(s.location() + " " + s.name(), s.request(), s.params()));
                }
            }
        }
        List<String> lines = Files.readAllLines(RuleBuildsAgreeTest.WORKED, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            CASES.add(new Case(RuleBuildsAgreeTest.WORKED + ":" + (i + 1), DoudiJson.mapper().readTree(lines.get(i)),
                    null));
        }
    }

    @Test
    @DisplayName("每个场景与示例的每条理由：中文说明中没有英文代码，英文说明中也没有；说明中的每个数据都由规则给出")
    void everyReasonReadsAsASentence() {
        ReasonMessages messages = ReasonMessages.builtIn();
        Map<Path, DroolsEligibilityService> services = new HashMap<>();
        List<String> defects = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int reasons = 0;
        for (Case c : CASES) {
            DroolsEligibilityService service = services.computeIfAbsent(
                    c.params() == null ? Path.of("") : c.params(),
                    p -> DroolsEligibilityService.of(RuleSet.builtIn(), c.params() == null
                            ? ProfileRepository.builtIn() : ProfileRepository.builtInWithOverlay(p)));
            DecodedRequest decoded = DoudiJson.decodeRequest(c.request());
            if (!service.validate(decoded).isEmpty()) {
                continue;
            }
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                Decision decision;
                try {
                    decision = service.decide(decoded.request(), locale);
                } catch (PolicyConfigurationException e) {
                    continue;
                }
                for (Reason r : decision.reasons()) {
                    reasons++;
                    seen.add(r.ruleId() + " " + r.code());
                    String where = c.label() + " " + locale.getLanguage() + " " + r.ruleId() + " " + r.code() + ": ";
                    Matcher code = CODE_LIKE.matcher(r.message());
                    if (code.find()) {
                        defects.add(where + "code '" + code.group() + "' in \"" + r.message() + "\"");
                    }
                    for (String placeholder : messages.placeholders(locale, r.code(), r.figures())) {
                        boolean filled = placeholder.equals("member") ? r.memberId() != null
                                : r.figures().get(placeholder) != null;
                        if (!filled) {
                            defects.add(where + "no figure for {" + placeholder + "} in \"" + r.message() + "\"");
                        }
                    }
                    if (!messages.has(locale, r.code())) {
                        defects.add(where + "no message");
                    }
                    ReasonCode.of(r.code()).ifPresentOrElse(
                            typed -> typed.check(r.figures()).forEach(p -> defects.add(where + p)),
                            () -> defects.add(where + "not a ReasonCode"));
                }
            }
        }
        assertThat(reasons).isGreaterThan(1000);
        assertThat(defects).as(String.join("\n", defects)).isEmpty();
        assertThat(emittedByTheRules()).as("rule and reason code pairs that no scenario or example shows")
                .isSubsetOf(seen);
    }

    /** Every pair "ruleId CODE" that the built-in DRL emits. */
    private static Set<String> emittedByTheRules() {
        Set<String> pairs = new TreeSet<>();
        for (String drl : RuleSet.readBuiltInSources().values()) {
            String ruleId = null;
            for (String line : drl.split("\n")) {
                Matcher id = RULE_ID.matcher(line);
                if (id.find()) {
                    ruleId = id.group(1);
                }
                Matcher emits = EMITS.matcher(line);
                while (emits.find()) {
                    pairs.add(ruleId + " " + emits.group(1));
                }
            }
        }
        assertThat(pairs).hasSizeGreaterThan(40);
        assertThat(pairs.stream().map(p -> p.substring(p.indexOf(' ') + 1)).distinct()
                .filter(code -> ReasonCode.of(code).isEmpty()).toList()).as("codes with no ReasonCode").isEmpty();
        return pairs;
    }
}
