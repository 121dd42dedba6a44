package org.doudi.rules.api.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.api.validation.RequestPipeline;
import org.doudi.rules.api.validation.RequestValidator;

/**
 * The JSON codec of the contract ({@code docs/integrators/json-contract.md}): requests in (with every problem found, at
 * its JSON path), decisions, error lists and configuration errors out. The JSON Schemas of the request and the
 * decision (draft 2020-12) are resources of this module: {@link #REQUEST_SCHEMA} and {@link #DECISION_SCHEMA}.
 *
 * <p>Reading a request reports syntactic problems (types, enum values, formats, unknown fields, duplicate keys,
 * malformed JSON) in document order, followed by the profile-independent semantic problems of
 * {@link RequestValidator}. Messages never quote a value, so personal identifiers never appear in them.
 *
 * <p>Writing is deterministic: the same decision always gives the same string. Pretty output uses two-space
 * indentation, {@code "key": value}, {@code \n} line ends, no final newline, and does not escape Chinese; compact
 * output is one line.
 *
 * <p>This class has no mutable state and is thread-safe.
 */
public final class DoudiJson {

    /** Classpath resource of the request's JSON Schema (draft 2020-12). */
    public static final String REQUEST_SCHEMA = "org/doudi/rules/api/request.schema.json";

    /** Classpath resource of the decision's JSON Schema (draft 2020-12). */
    public static final String DECISION_SCHEMA = "org/doudi/rules/api/decision.schema.json";

    private static final ObjectReader READER = mapper().reader();
    private static final ObjectWriter COMPACT = mapper().writer();
    private static final ObjectWriter PRETTY = mapper().writer(prettyPrinter());

    private DoudiJson() {
    }

    /**
     * A new object mapper configured as this codec reads: duplicate keys are errors, floating-point numbers are read
     * as exact decimals as written (no trailing zeros stripped). Each call returns a new instance, which the caller
     * may configure further.
     *
     * @return a new mapper, never null
     */
    public static ObjectMapper mapper() {
        return configureForReading(new ObjectMapper(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).streamReadConstraints(Bounds.PARSER).build()));
    }

    /**
     * Configures a mapper (e.g. a YAML mapper for scenario files) to read trees as {@link #decodeRequest(JsonNode)}
     * expects: duplicate keys are errors, and decimals are kept exactly as written ({@code 300.00} stays
     * {@code 300.00}).
     *
     * @param <M>     the mapper type
     * @param mapper  the mapper to configure, not null
     * @return the same mapper, never null
     */
    public static <M extends ObjectMapper> M configureForReading(M mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /**
     * Decodes a request from JSON text, as the contract states it: money must be a JSON string.
     *
     * @param json  the JSON text, not null
     * @return the request as far as it could be read (never null) with every problem found; malformed JSON, a
     *         duplicate key or a non-object document give a single problem with line and column
     */
    public static DecodedRequest decodeRequest(String json) {
        Objects.requireNonNull(json, "json");
        if (!Bounds.documentWithin(json)) {
            return new DecodedRequest(RequestDecoder.emptyRequest(), List.of(new Problem("", Bounds.DOCUMENT_MESSAGE)));
        }
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = READER.createParser(json);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return rootProblem("malformed JSON: no content", parser.currentLocation());
            }
            if (first != JsonToken.START_OBJECT) {
                return rootProblem("must be a JSON object", parser.currentTokenLocation());
            }
            tree = READER.readTree(parser);
            if (parser.nextToken() != null) {
                return rootProblem("malformed JSON: content after the request object", parser.currentTokenLocation());
            }
        } catch (StreamConstraintsException e) {
            // a limit of the parser: where the parser stopped (the exception itself carries no location)
            return rootProblem("malformed JSON: " + limitTripped(e), e.getLocation() != null ? e.getLocation()
                    : parser == null ? null : parser.currentLocation());
        } catch (JsonProcessingException e) {
            return parseFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading a string
        } finally {
            closeQuietly(parser);
        }
        return decode(tree, false);
    }

    /**
     * Decodes a request from a tree, e.g. the {@code request} of a YAML scenario. Scalars are taken as written
     * whatever their JSON type: a number or boolean is accepted where a string, date, month or money is expected
     * (by its textual form), and a string where an integer or boolean is expected.
     *
     * @param tree  the request tree, may be null (reported as a problem)
     * @return the request as far as it could be read (never null) with every problem found
     */
    public static DecodedRequest decodeRequest(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return new DecodedRequest(RequestDecoder.emptyRequest(), List.of(new Problem("", "must be a JSON object")));
        }
        return decode(tree, true);
    }

    /**
     * Reads a valid request from JSON text.
     *
     * @param json  the JSON text, not null
     * @return the request, never null
     * @throws InvalidRequestException if any problem was found (every problem listed)
     */
    public static EvaluationRequest readRequest(String json) {
        return decodeRequest(json).requireValid();
    }

    /**
     * Reads a valid request from a tree, leniently as {@link #decodeRequest(JsonNode)}.
     *
     * @param tree  the request tree, may be null (invalid)
     * @return the request, never null
     * @throws InvalidRequestException if any problem was found (every problem listed)
     */
    public static EvaluationRequest readRequest(JsonNode tree) {
        return decodeRequest(tree).requireValid();
    }

    private static DecodedRequest decode(JsonNode tree, boolean lenient) {
        DecodedRequest decoded = RequestDecoder.decode(tree, lenient);
        return RequestPipeline.afterDecoding(decoded.request(), decoded.problems());
    }

    /** A duplicate key at its own path, anything else at the root; both with line and column. */
    private static DecodedRequest parseFailure(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")
                && e.getProcessor() instanceof JsonParser parser) {
            return new DecodedRequest(RequestDecoder.emptyRequest(), List.of(new Problem(
                    pathOf(parser.getParsingContext()), "duplicate key" + at(e.getLocation()))));
        }
        return rootProblem("malformed JSON", e.getLocation());
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing to release for a string
            }
        }
    }

    /** Which of the parser's limits ({@link Bounds#PARSER}) a document went beyond, in the contract's words. */
    private static String limitTripped(StreamConstraintsException e) {
        String message = Objects.toString(e.getOriginalMessage(), "");
        if (message.startsWith("Number value length")) {
            return "a number longer than " + Bounds.NUMBER_CHARACTERS + " characters";
        }
        if (message.contains("nesting depth")) {
            return "nested deeper than " + Bounds.NESTING_DEPTH + " levels";
        }
        // the parser's string, name and document limits (1 MiB) cannot trip: a longer text never reaches the parser
        // (Bounds.documentWithin refuses it first)
        return "beyond a limit of the parser";
    }

    private static DecodedRequest rootProblem(String message, JsonLocation location) {
        return new DecodedRequest(RequestDecoder.emptyRequest(), List.of(new Problem("", message + at(location))));
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of the parser's current position ({@code members[1].id}). */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (JsonStreamContext c : chain) {
            path = c.inArray() ? path + "[" + c.getCurrentIndex() + "]"
                    : RequestDecoder.child(path, Objects.toString(c.getCurrentName(), ""));
        }
        return path;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Writing

    /**
     * The tree of a decision, exactly as {@link #writeDecision} writes it (fields in the contract's order, every field
     * present, money as two-decimal strings).
     *
     * @param decision  the decision, not null
     * @return a new tree, never null
     */
    public static ObjectNode toTree(Decision decision) {
        return DecisionEncoder.decision(Objects.requireNonNull(decision, "decision"));
    }

    /**
     * Writes a decision in the contract's shape.
     *
     * @param decision  the decision, not null
     * @param pretty    true for the indented form of {@code evaluate}, false for one line (batch)
     * @return the JSON text without a final newline, never null
     */
    public static String writeDecision(Decision decision, boolean pretty) {
        return write(toTree(decision), pretty);
    }

    /**
     * The tree of a request: every field of the contract in its order, absent optional values as {@code null} (read
     * as omitted), defaults written out. {@link #decodeRequest(JsonNode)} gives back an equal request.
     *
     * @param request  the request, not null
     * @return a new tree, never null
     */
    public static ObjectNode toTree(EvaluationRequest request) {
        return RequestEncoder.request(Objects.requireNonNull(request, "request"));
    }

    /**
     * Writes a request as JSON ({@link #toTree(EvaluationRequest)}), e.g. to store or send a request built in Java.
     *
     * @param request  the request, not null
     * @param pretty    true for the indented form, false for one line (a batch line)
     * @return the JSON text without a final newline, never null
     */
    public static String writeRequest(EvaluationRequest request, boolean pretty) {
        return write(toTree(request), pretty);
    }

    /**
     * Writes the errors of an invalid request: {@code {"errors": [{"path": ..., "message": ...}]}}.
     *
     * @param problems  the problems, not null
     * @param pretty    true for the indented form, false for one line
     * @return the JSON text without a final newline, never null
     */
    public static String writeErrors(List<Problem> problems, boolean pretty) {
        return write(DecisionEncoder.errors(problems), pretty);
    }

    /**
     * Writes a configuration error: {@code {"configurationError": {"profile", "parameter", "residence", "date",
     * "message"}}} for a missing value, {@code {"configurationError": {"file", "line", "message"}}} for a broken file.
     *
     * @param error   the configuration error, not null
     * @param pretty  true for the indented form, false for one line
     * @return the JSON text without a final newline, never null
     */
    public static String writeConfigurationError(PolicyConfigurationException error, boolean pretty) {
        return write(DecisionEncoder.configurationErrorDocument(error), pretty);
    }

    /**
     * Writes the one-line output of an invalid request in a batch: {@code {"line": N, "caseId": ..., "errors": [...]}}.
     *
     * @param line      the physical line number, from 1
     * @param caseId    the case id as given, may be null
     * @param problems  the problems, not null
     * @return the JSON text on one line without a final newline, never null
     */
    public static String writeBatchErrors(int line, String caseId, List<Problem> problems) {
        ObjectNode root = DecisionEncoder.batchLine(line, caseId);
        root.setAll(DecisionEncoder.errors(problems));
        return write(root, false);
    }

    /**
     * Writes the one-line output of a configuration error in a batch:
     * {@code {"line": N, "caseId": ..., "configurationError": {...}}}.
     *
     * @param line    the physical line number, from 1
     * @param caseId  the case id as given, may be null
     * @param error   the configuration error, not null
     * @return the JSON text on one line without a final newline, never null
     */
    public static String writeBatchConfigurationError(int line, String caseId, PolicyConfigurationException error) {
        ObjectNode root = DecisionEncoder.batchLine(line, caseId);
        root.setAll(DecisionEncoder.configurationErrorDocument(error));
        return write(root, false);
    }

    /**
     * Writes any JSON tree as the codec writes decisions (the indented form: two spaces, {@code \n} line ends).
     *
     * @param tree    the tree, not null
     * @param pretty  true for the indented form, false for one line
     * @return the JSON text without a final newline, never null
     */
    public static String writeTree(JsonNode tree, boolean pretty) {
        return write(Objects.requireNonNull(tree, "tree"), pretty);
    }

    private static String write(JsonNode tree, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // cannot happen for a tree
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
