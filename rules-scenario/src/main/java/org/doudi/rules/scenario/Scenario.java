package org.doudi.rules.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One scenario of a scenario file, as read: the request and what is expected of it. A malformed scenario (an unknown
 * key, both {@code expect} and {@code expectErrors}, neither, a file that does not parse, ...) is represented too,
 * with its {@link #problems()}, so that it is reported as a failure when run.
 *
 * <p>The trees are the YAML as read by {@link ScenarioLoader} (decimals keep their scale: {@code 194.00} stays
 * {@code 194.00}); treat them as read-only. This class is immutable as long as the trees are not modified.
 *
 * @param file                      the scenario file, not null
 * @param line                      the line of the scenario in the file (from 1), or 0 when unknown
 * @param index                     the position of the scenario in the file (from 0), or -1 for a whole-file problem
 * @param name                      the scenario's name; for a malformed scenario without one, a stand-in such as
 *                                  {@code 第 3 个场景（无名称）}; not null
 * @param clause                    what the scenario illustrates, or null
 * @param request                   the request tree, or null (malformed)
 * @param expect                    the expected partial decision, or null
 * @param expectErrors              the error paths expected of an invalid request, or null
 * @param expectConfigurationError  true if a configuration error is expected
 * @param expectReasons             reason codes that must be among the decision's reasons, never null (may be empty)
 * @param expectReasonsWith         partial reasons ({@code {code: ..., memberId: ..., figures: {...}}}), each of which
 *                                  some reason of the decision must match as {@code expect} matches (only the fields
 *                                  given are compared), never null (may be empty)
 * @param params                    the profile overlay folder, resolved against the file's folder, or null
 * @param problems                  why the scenario is malformed, never null; empty for a well-formed scenario
 */
public record Scenario(Path file, int line, int index, String name, String clause, JsonNode request,
                       JsonNode expect, List<String> expectErrors, boolean expectConfigurationError,
                       List<String> expectReasons, List<JsonNode> expectReasonsWith, Path params,
                       List<String> problems) {

    /** Checks for nulls and copies the lists. */
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        expectErrors = expectErrors == null ? null : List.copyOf(expectErrors);
        expectReasons = expectReasons == null ? List.of() : List.copyOf(expectReasons);
        expectReasonsWith = expectReasonsWith == null ? List.of() : List.copyOf(expectReasonsWith);
        problems = List.copyOf(problems);
    }

    /**
     * A scenario whose expected reasons are codes only.
     *
     * @param file                      the scenario file, not null
     * @param line                      the line of the scenario in the file, or 0
     * @param index                     the position of the scenario in the file, or -1
     * @param name                      the scenario's name, not null
     * @param clause                    what the scenario illustrates, or null
     * @param request                   the request tree, or null
     * @param expect                    the expected partial decision, or null
     * @param expectErrors              the error paths expected of an invalid request, or null
     * @param expectConfigurationError  true if a configuration error is expected
     * @param expectReasons             reason codes that must be among the decision's reasons, or null
     * @param params                    the profile overlay folder, or null
     * @param problems                  why the scenario is malformed, never null
     */
    public Scenario(Path file, int line, int index, String name, String clause, JsonNode request, JsonNode expect,
                    List<String> expectErrors, boolean expectConfigurationError, List<String> expectReasons,
                    Path params, List<String> problems) {
        this(file, line, index, name, clause, request, expect, expectErrors, expectConfigurationError, expectReasons,
                List.of(), params, problems);
    }

    /**
     * A stand-in for a file that cannot be read as scenarios at all (it does not parse, or is not a list).
     *
     * @param file     the file, not null
     * @param line     the line of the problem, or 0
     * @param problem  what is wrong, not null
     * @return a malformed scenario, never null
     */
    public static Scenario brokenFile(Path file, int line, String problem) {
        return new Scenario(file, line, -1, "（文件无法读取为场景）", null, null, null, null, false, null, null,
                List.of(problem));
    }

    /** @return true if the scenario is malformed and will fail without being run */
    public boolean isMalformed() {
        return !problems.isEmpty();
    }

    /**
     * Where the scenario is: {@code path/to/file.yaml:12}, or the file alone when the line is unknown.
     *
     * @return the location, never null
     */
    public String location() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
