package org.doudi.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The caseload screening rules (排查, {@code org/doudi/rules/screening/screening.drl}) in a KieBase of their own
 * ({@code org.doudi.rules.screening} in {@code kmodule.xml}), so that ordinary decisions never carry them. Their executable
 * model is pre-generated at build time by kie-maven-plugin, like the policy rules'; run outside a Maven build (an
 * IDE), the DRL is compiled once at first use. The KieBase is built once per class loader and shared between threads.
 */
public final class ScreeningRules {

    /** Classpath folder of the screening DRL file and its message templates. */
    public static final String RESOURCE_FOLDER = "org/doudi/rules/screening/";

    /** The screening rule files, in order. */
    public static final List<String> FILES = List.of("screening.drl");

    private static final String MODEL_PACKAGE = "org.doudi.rules.screening.";
    private static final String SOURCE_COPY_FOLDER = "doudi-screening-sources/";

    private ScreeningRules() {
    }

    private static final class Holder {
        static final KieBase KIE_BASE = build();
    }

    /**
     * @return the built-in screening rules, built on first use, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if they do not build (file and line named)
     */
    public static KieBase kieBase() {
        return Holder.KIE_BASE;
    }

    private static KieBase build() {
        List<Model> models = RuleSet.pregeneratedModels(ScreeningRules.class.getClassLoader(), MODEL_PACKAGE);
        if (!models.isEmpty()) {
            return KieBaseBuilder.createKieBaseFromModel(models);
        }
        return RuleSet.build(sources()).kieBase();
    }

    /**
     * @return the screening DRL text by file name (for the rule conventions check and the docs), never null
     */
    public static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        ClassLoader loader = ScreeningRules.class.getClassLoader();
        for (String name : FILES) {
            String path = loader.getResource(SOURCE_COPY_FOLDER + name + ".txt") != null
                    ? SOURCE_COPY_FOLDER + name + ".txt" : RESOURCE_FOLDER + name;
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE_FOLDER + name + " on the classpath");
                }
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
