package org.doudi.rules.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.profile.DidYouMean;

/**
 * Reads scenario files (format: docs/analysts/write-a-scenario.md) and finds them in folders.
 *
 * <p>YAML is read with {@link DoudiJson#configureForReading}: duplicate keys are errors and decimals keep their scale,
 * so {@code monthlyAmount: 194.00} is compared as {@code "194.00"}. Every scenario of a file is returned, malformed
 * ones included (with their {@link Scenario#problems() problems}); a file that does not parse, is empty or is not a
 * list gives one malformed stand-in, with the line of the problem where known.
 *
 * <p>This class has no mutable state and is thread-safe.
 */
public final class ScenarioLoader {

    /** The keys a scenario may have. */
    public static final List<String> KEYS = List.of("name", "clause", "request", "expect", "expectErrors",
            "expectConfigurationError", "expectReasons", "params");

    /** The name of the folders that hold profile overlays for scenarios; a folder search skips them. */
    public static final String PARAMS_FOLDER = "params";

    private static final YAMLMapper YAML = DoudiJson.configureForReading(new YAMLMapper());

    private ScenarioLoader() {
    }

    /**
     * The scenario files under the given paths: a file is taken as given (whatever its extension); a folder is
     * searched recursively for {@code *.yaml} and {@code *.yml} files, in path order.
     *
     * @param paths  files or folders, not null
     * @return the files, never null
     * @throws IOException if a folder cannot be listed
     */
    public static List<Path> findFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.addAll(findFiles(p));
        }
        return files;
    }

    /**
     * The scenario files under one path: the path itself if it is not a folder, else its {@code *.yaml} and
     * {@code *.yml} files at any depth, sorted by path. Subfolders named {@value #PARAMS_FOLDER} are not searched:
     * they hold the profile overlays that scenarios name with {@code params:}, not scenarios.
     *
     * @param path  a file or folder, not null
     * @return the files, never null
     * @throws IOException if the folder cannot be listed
     */
    public static List<Path> findFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(path) && PARAMS_FOLDER.equals(String.valueOf(dir.getFileName()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isScenarioFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * @param file  a file, not null
     * @return true if its name ends with {@code .yaml} or {@code .yml} (any case)
     */
    public static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Reads the scenarios of a file.
     *
     * @param file  the file, not null
     * @return the scenarios in file order, never null or empty: a file that cannot be read as scenarios gives one
     *         malformed stand-in
     */
    public static List<Scenario> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(Scenario.brokenFile(file, 0, "cannot read the file: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString())));
        }
        return parse(file, text);
    }

    /**
     * Reads the scenarios of a text, as if it were the given file (relative {@code params} folders are resolved
     * against the file's folder).
     *
     * @param file  the file the text stands for, not null
     * @param text  the YAML text, not null
     * @return the scenarios in file order, never null or empty
     */
    public static List<Scenario> parse(Path file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        List<Integer> lines;
        try {
            root = YAML.readTree(text);
            lines = itemLines(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return List.of(Scenario.brokenFile(file, at == null ? 0 : at.getLineNr(),
                    "YAML does not parse: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return List.of(Scenario.brokenFile(file, 0, "YAML does not parse: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of(Scenario.brokenFile(file, 0, "the file holds no scenarios (expected a list of scenarios)"));
        }
        if (!root.isArray()) {
            return List.of(Scenario.brokenFile(file, 1, "a scenario file must be a list of scenarios (- name: ...)"));
        }
        if (root.isEmpty()) {
            return List.of(Scenario.brokenFile(file, 1, "the file holds no scenarios (an empty list)"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 0;
            Scenario s = scenario(file, line, i, root.get(i));
            if (!s.isMalformed() && !names.add(s.name())) {
                s = withProblem(s, "another scenario of this file has the same name");
            }
            scenarios.add(s);
        }
        return scenarios;
    }

    /** The line of each item of the top-level list (1-based). */
    private static List<Integer> itemLines(String text) throws IOException {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return lines;
            }
            JsonToken t;
            while ((t = parser.nextToken()) != null && t != JsonToken.END_ARRAY) {
                lines.add(parser.currentTokenLocation().getLineNr());
                parser.skipChildren();
            }
        }
        return lines;
    }

    private static Scenario scenario(Path file, int line, int index, JsonNode node) {
        String fallbackName = "第 " + (index + 1) + " 个场景（无名称）";
        List<String> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add("a scenario must be a mapping with name, request and expect (or expectErrors, "
                    + "expectConfigurationError)");
            return new Scenario(file, line, index, fallbackName, null, null, null, null, false, null, null, problems);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add("unknown key '" + key + "'" + DidYouMean.hint(key, KEYS, true) + " (allowed: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        String name = text(node, "name", problems, true);
        String clause = text(node, "clause", problems, false);
        JsonNode request = node.get("request");
        if (request == null || request.isNull()) {
            problems.add("'request' is required");
            request = null;
        } else if (!request.isObject()) {
            problems.add("'request' must be a mapping (the request of the JSON contract)");
        }
        JsonNode expect = present(node, "expect");
        if (expect != null && !expect.isObject()) {
            problems.add("'expect' must be a mapping (a partial decision)");
        }
        List<String> expectErrors = null;
        if (present(node, "expectErrors") != null) {
            expectErrors = texts(node, "expectErrors", problems);
        }
        boolean expectConfigurationError = false;
        JsonNode config = present(node, "expectConfigurationError");
        if (config != null) {
            if (config.isBoolean() && config.booleanValue()) {
                expectConfigurationError = true;
            } else {
                problems.add("'expectConfigurationError' must be true (leave it out otherwise)");
            }
        }
        List<String> expectReasons = null;
        List<JsonNode> expectReasonsWith = new ArrayList<>();
        if (present(node, "expectReasons") != null) {
            expectReasons = reasons(node.get("expectReasons"), expectReasonsWith, problems);
        }
        int expectations = (expect != null ? 1 : 0) + (present(node, "expectErrors") != null ? 1 : 0)
                + (config != null ? 1 : 0);
        if (expectations == 0) {
            problems.add("one of 'expect', 'expectErrors' or 'expectConfigurationError' is required");
        } else if (expectations > 1) {
            problems.add("give only one of 'expect', 'expectErrors' and 'expectConfigurationError'");
        }
        if (expectReasons != null && expect == null) {
            problems.add("'expectReasons' goes with 'expect' (a decision's reasons)");
        }
        String params = text(node, "params", problems, false);
        Path paramsDir = null;
        if (params != null) {
            Path base = file.toAbsolutePath().getParent();
            paramsDir = (base == null ? Path.of(params) : base.resolve(params)).normalize();
        }
        return new Scenario(file, line, index, name == null || name.isBlank() ? fallbackName : name, clause,
                request != null && request.isObject() ? request : null, expect, expectErrors,
                expectConfigurationError, expectReasons, expectReasonsWith, paramsDir, problems);
    }

    private static Scenario withProblem(Scenario s, String problem) {
        List<String> problems = new ArrayList<>(s.problems());
        problems.add(problem);
        return new Scenario(s.file(), s.line(), s.index(), s.name(), s.clause(), s.request(), s.expect(),
                s.expectErrors(), s.expectConfigurationError(), s.expectReasons(), s.expectReasonsWith(), s.params(),
                problems);
    }

    /** The node of a key, or null when absent or an explicit null. */
    private static JsonNode present(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode node, String key, List<String> problems, boolean required) {
        JsonNode v = present(node, key);
        if (v == null) {
            if (required) {
                problems.add("'" + key + "' is required");
            }
            return null;
        }
        if (!v.isValueNode()) {
            problems.add("'" + key + "' must be a text");
            return null;
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            problems.add("'" + key + "' must not be blank");
        }
        return s;
    }

    /**
     * The items of {@code expectReasons}: a code ({@code SINGLE_PERSON_COVERED}) goes to the returned list, a mapping
     * with a {@code code} ({@code {code: SINGLE_PERSON_COVERED, memberId: m2, figures: {net: 0.00}}}) to
     * {@code partial}.
     */
    private static List<String> reasons(JsonNode v, List<JsonNode> partial, List<String> problems) {
        String shape = "'expectReasons' must be a list of reason codes or of partial reasons with a 'code' "
                + "({code: CODE, memberId: ..., figures: {...}})";
        if (!v.isArray()) {
            problems.add(shape);
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isObject() && item.path("code").isTextual()) {
                partial.add(item);
            } else if (item.isValueNode() && !item.isNull()) {
                codes.add(item.asText());
            } else {
                problems.add(shape);
                partial.clear();
                return List.of();
            }
        }
        return codes;
    }

    private static List<String> texts(JsonNode node, String key, List<String> problems) {
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            problems.add("'" + key + "' must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                problems.add("'" + key + "' must be a list of texts");
                return List.of();
            }
            out.add(item.asText());
        }
        return out;
    }
}
