package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.testkit.arbitraries.Populations;

/**
 * A decision, its reasons and its fired rules do not depend on the order in which the rules fire. Rules without
 * salience fire in an order Drools chooses (by the order rules were loaded, among others), which differs between a
 * rule base pre-generated at build time and the same DRL files compiled in another order; the conclusions that stand
 * at the end, and the rules that justify them, must be the same.
 */
class ExplanationOrderProperties {

    /**
     * The built-in DRL files compiled from a folder in which they sort in reverse order, so their rules load in
     * another order.
     */
    private static final class Reversed {
        static final DroolsEligibilityService SERVICE;

        static {
            try {
                Path dir = Files.createTempDirectory("doudi-reversed-rules");
                List<Map.Entry<String, String>> files = new ArrayList<>(RuleSet.readBuiltInSources().entrySet());
                Collections.reverse(files);
                for (int i = 0; i < files.size(); i++) {
                    Files.writeString(dir.resolve(String.format("%02d-%s", i, files.get(i).getKey())),
                            files.get(i).getValue(), StandardCharsets.UTF_8);
                }
                SERVICE = DroolsEligibilityService.fromDirectories(dir, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Property(tries = 300)
    void sameDecisionWhateverTheRuleOrder(@ForAll(supplier = Populations.AnyKind.class) EvaluationRequest request) {
        assertThat(json(Reversed.SERVICE, request)).isEqualTo(json(Engine.service(), request));
    }

    private static String json(DroolsEligibilityService service, EvaluationRequest request) {
        EvaluationResult result = service.evaluate(request, Locale.CHINESE);
        return result instanceof EvaluationResult.Decided d ? DoudiJson.writeDecision(d.decision(), false)
                : result.toString();
    }
}
