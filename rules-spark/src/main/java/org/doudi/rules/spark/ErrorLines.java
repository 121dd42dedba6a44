package org.doudi.rules.spark;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DoudiJson;

/**
 * The output line of a request or case that was not decided, as the command line prints it: {@code {"line": N,
 * "caseId": ..., "errors": [...]}}, {@code {"line": N, "caseId": ..., "configurationError": {...}}}, or (Spark only)
 * {@code {"line": N, "caseId": ..., "failure": "..."}}. With a known line and no file named, the bytes are the
 * library's own writers'; an input of several files names the file after {@code line}; an unknown line is
 * {@code null}. Stateless.
 */
final class ErrorLines {

    private static final ObjectMapper TREES = DoudiJson.mapper();

    private ErrorLines() {
    }

    /**
     * @param line      the physical line, or null when unknown
     * @param file      the input file, or null
     * @param withFile  true to name the file after {@code line}
     * @param caseId    the case id as given, may be null
     * @param problems  every problem of the invalid request, not null
     * @return one line of JSON without a line end, never null
     */
    static String invalid(Long line, String file, boolean withFile, String caseId, List<Problem> problems) {
        if (libraryWriter(line, withFile)) {
            return DoudiJson.writeBatchErrors(line.intValue(), caseId, problems);
        }
        ObjectNode root = head(line, file, withFile, caseId);
        root.setAll(tree(DoudiJson.writeErrors(problems, false)));
        return root.toString();
    }

    /**
     * @param line      the physical line, or null when unknown
     * @param file      the input file, or null
     * @param withFile  true to name the file after {@code line}
     * @param caseId    the case id as given, may be null
     * @param error     the value the profile lacks, not null
     * @return one line of JSON without a line end, never null
     */
    static String misconfigured(Long line, String file, boolean withFile, String caseId,
                                PolicyConfigurationException error) {
        if (libraryWriter(line, withFile)) {
            return DoudiJson.writeBatchConfigurationError(line.intValue(), caseId, error);
        }
        ObjectNode root = head(line, file, withFile, caseId);
        root.setAll(tree(DoudiJson.writeConfigurationError(error, false)));
        return root.toString();
    }

    /**
     * @param line      the physical line, or null when unknown
     * @param file      the input file, or null
     * @param withFile  true to name the file after {@code line}
     * @param caseId    the case id as given, may be null
     * @param failure   the exception the rules threw, identifiers masked, not null
     * @return one line of JSON without a line end, never null
     */
    static String failed(Long line, String file, boolean withFile, String caseId, String failure) {
        ObjectNode root = head(line, file, withFile, caseId);
        root.put("failure", failure);
        return root.toString();
    }

    private static boolean libraryWriter(Long line, boolean withFile) {
        return line != null && !withFile && line <= Integer.MAX_VALUE;
    }

    private static ObjectNode head(Long line, String file, boolean withFile, String caseId) {
        ObjectNode root = TREES.createObjectNode();
        if (line == null) {
            root.putNull("line");
        } else {
            root.put("line", line);
        }
        if (withFile) {
            root.put("file", file);
        }
        root.put("caseId", caseId);
        return root;
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote invalid JSON", e);
        }
    }
}
