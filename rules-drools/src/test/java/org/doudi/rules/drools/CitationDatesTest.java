package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.lint.RuleLint;
import org.doudi.rules.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A decision cites only documents in force on its {@code asOf} and never another place's document: over the worked
 * examples and the scenario suite, each decided as written and again on both sides of every date a document takes
 * effect or is repealed (and every date a profile value changes), every reason's clause is checked against the
 * documents whose dates are known.
 */
class CitationDatesTest {

    /**
     * A document a clause may cite.
     *
     * @param name      how it is named in a failure
     * @param pattern   how a clause names it
     * @param from      the day it took effect, null when unknown (then only its place is checked)
     * @param repealed  the day it stopped being in force, null while in force
     * @param places    the profiles that may cite it; empty for a national text
     */
    private record Document(String name, Pattern pattern, LocalDate from, LocalDate repealed, Set<String> places) {
        Document(String name, String pattern, String from, String repealed, String... places) {
            this(name, Pattern.compile(pattern), from == null ? null : LocalDate.parse(from),
                    repealed == null ? null : LocalDate.parse(repealed), Set.of(places));
        }
    }

    private static final List<Document> DOCUMENTS = List.of(
            new Document("社会救助暂行办法", "社会救助暂行办法|国务院令第649号", "2014-05-01", null),
            // repealed by 民发〔2021〕57号 第四十二条 from 2021-07-01
            new Document("民发〔2012〕220号", "民发〔2012〕220号|最低生活保障审核审批办法", "2012-12-12", "2021-07-01"),
            new Document("民发〔2021〕57号", "民发〔2021〕57号|最低生活保障审核确认办法", "2021-07-01", null),
            new Document("民发〔2022〕83号", "民发〔2022〕83号", "2022-10-20", null),
            new Document("国发〔2015〕52号", "国发〔2015〕52号", "2016-01-01", null),
            new Document("民法典", "民法典", "2021-01-01", null),
            new Document("鲁政办发〔2019〕47号", "鲁政办发〔2019〕47号|鲁甸县阳光低保专项行动方案", "2019-07-23", null,
                    "yn-ludian"),
            new Document("夏民办〔2023〕14号", "夏民办〔2023〕14号|2023年社会救助综合治理工作方案", "2023-06-21", null,
                    "hn-xiayi"),
            // the two plans print no year ("20xx"); gs-huining.yaml explains why they are cited from 2020-05-01
            new Document("民政局兜底保障工作方案", "民政局兜底保障工作方案", "2020-05-01", null, "gs-huining"),
            new Document("云南省文件", "云南|云民发|云政办发|昭通|鲁甸", null, null, "yn-ludian"),
            new Document("甘肃省文件", "甘肃|甘民发|白银|会宁", null, null, "gs-huining"),
            new Document("河南省文件", "河南|豫民|商丘|夏邑", null, null, "hn-xiayi"),
            new Document("江苏省文件", "江苏|常州|武进|湟里", null, null, "js-wujin"));

    private static final List<String> PROFILES = List.of("yn-ludian", "gs-huining", "hn-xiayi");

    private static DroolsEligibilityService service;
    private static final List<String> violations = new ArrayList<>();
    private static final Set<String> cited = new TreeSet<>();
    private static int decisions;

    @BeforeAll
    static void decideEverything() throws IOException {
        service = DroolsEligibilityService.builtIn();
        List<ObjectNode> examples = workedExamples();
        List<ObjectNode> scenarios = scenarioRequests();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        assertThat(scenarios).hasSizeGreaterThan(100);
        Map<String, Set<LocalDate>> dates = new HashMap<>();
        PROFILES.forEach(p -> dates.put(p, boundaryDates(p)));
        for (ObjectNode request : examples) {
            decideAndCheck(request);
            for (String profile : PROFILES) {
                for (LocalDate date : dates.get(profile)) {
                    decideAndCheck(retarget(request, profile, date));
                }
            }
        }
        for (ObjectNode request : scenarios) {
            decideAndCheck(request);
            String profile = request.path("profile").asText();
            if (PROFILES.contains(profile)) {
                for (LocalDate date : dates.get(profile)) {
                    decideAndCheck(retarget(request, profile, date));
                }
            }
        }
    }

    @Test
    @DisplayName("no decision cites a document before its date, after its repeal, or of another place")
    void no_clause_is_out_of_date_or_out_of_place() {
        assertThat(decisions).isGreaterThan(1000);
        assertThat(violations).as("%d violations, e.g.%n%s", violations.size(),
                String.join("\n", violations.subList(0, Math.min(20, violations.size())))).isEmpty();
    }

    @Test
    @DisplayName("the check is not vacuous: each dated document and each county's own document is cited somewhere")
    void every_document_is_cited_by_some_decision() {
        // (民发〔2022〕83号 is cited only by rules that conclude without a reason of their own: DB-ELIG-006, DB-SGL-030)
        assertThat(cited).contains("社会救助暂行办法", "民发〔2012〕220号", "民发〔2021〕57号", "国发〔2015〕52号",
                "鲁政办发〔2019〕47号", "夏民办〔2023〕14号", "民政局兜底保障工作方案", "甘肃省文件", "云南省文件");
    }

    // ------------------------------------------------------------------ deciding

    private static void decideAndCheck(ObjectNode request) {
        EvaluationResult result = service.evaluate(DoudiJson.decodeRequest(request), Locale.CHINESE);
        if (!(result instanceof EvaluationResult.Decided decided)) {
            return;  // an invalid request or a date without a standard: nothing is cited
        }
        decisions++;
        Decision d = decided.decision();
        for (Reason r : d.reasons()) {
            for (Document doc : DOCUMENTS) {
                if (!doc.pattern().matcher(r.clause()).find()) {
                    continue;
                }
                cited.add(doc.name());
                String where = d.caseId() + " " + d.profile() + " " + d.asOf() + " " + r.ruleId() + ": " + r.clause();
                if (doc.from() != null && d.asOf().isBefore(doc.from())) {
                    violations.add(where + "  — cites " + doc.name() + " before " + doc.from());
                }
                if (doc.repealed() != null && !d.asOf().isBefore(doc.repealed())) {
                    violations.add(where + "  — cites " + doc.name() + ", repealed from " + doc.repealed());
                }
                if (!doc.places().isEmpty() && !doc.places().contains(d.profile())) {
                    violations.add(where + "  — cites " + doc.name() + " of another place");
                }
            }
        }
    }

    private static ObjectNode retarget(ObjectNode request, String profile, LocalDate date) {
        ObjectNode copy = request.deepCopy();
        copy.remove("region");
        copy.put("profile", profile);
        copy.put("asOf", date.toString());
        return copy;
    }

    /**
     * Both sides of every date a document cited by some clause (of a rule or of a profile) and citable in the profile
     * takes effect or is repealed, and of every date one of the profile's own clauses (inherited ones included) starts.
     */
    private static Set<LocalDate> boundaryDates(String profile) {
        List<String> clauses = Stream.concat(
                RuleLint.rules(RuleSet.readBuiltInSources()).stream().map(RuleLint.Declared::clause),
                service.profiles().all().stream().flatMap(p -> p.ownClauses().stream()).map(Profile.OwnClause::clause))
                .filter(c -> c != null).toList();
        Set<LocalDate> dates = new TreeSet<>();
        for (Document doc : DOCUMENTS) {
            boolean cited = clauses.stream().anyMatch(c -> doc.pattern().matcher(c).find());
            if (cited && (doc.places().isEmpty() || doc.places().contains(profile))) {
                Stream.of(doc.from(), doc.repealed()).forEach(d -> addBothSides(dates, d));
            }
        }
        service.profiles().byId(profile).orElseThrow().ownClauses().forEach(c -> addBothSides(dates, c.from()));
        return dates;
    }

    private static void addBothSides(Set<LocalDate> dates, LocalDate d) {
        if (d != null && d.getYear() >= 2018) {
            dates.add(d);
            dates.add(d.minusDays(1));
        }
    }

    // ------------------------------------------------------------------ reading the requests

    private static List<ObjectNode> workedExamples() throws IOException {
        List<ObjectNode> requests = new ArrayList<>();
        for (Path f : files(Path.of("../examples/worked"), ".json")) {
            JsonNode example = DoudiJson.mapper().readTree(f.toFile());
            if (example.path("expected").path("exit").asInt(-1) == 0) {
                requests.add((ObjectNode) example.get("request"));
            }
        }
        return requests;
    }

    /** The requests of every scenario that uses the shipped profiles (not a test overlay of its own). */
    private static List<ObjectNode> scenarioRequests() throws IOException {
        YAMLMapper yaml = DoudiJson.configureForReading(new YAMLMapper());
        List<ObjectNode> requests = new ArrayList<>();
        for (Path f : files(Path.of("../scenarios"), ".yaml")) {
            for (JsonNode scenario : yaml.readTree(f.toFile())) {
                if (scenario.get("request") instanceof ObjectNode request && !scenario.has("params")) {
                    requests.add(request);
                }
            }
        }
        return requests;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
