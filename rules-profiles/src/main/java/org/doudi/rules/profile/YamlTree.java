package org.doudi.rules.profile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read with Jackson's streaming parser into a small tree that keeps the line of every node and key,
 * so that a problem can name its line (a {@code JsonNode} tree loses locations).
 */
final class YamlTree {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {
    }

    /** A node of the tree. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        /** @return the 1-based line where the node starts */
        int line();
    }

    /**
     * One key of a mapping.
     *
     * @param key    the key
     * @param line   the key's line
     * @param value  the value, not null
     */
    record Field(String key, int line, Node value) {
    }

    /**
     * A mapping, keys in file order, without duplicates.
     *
     * @param fields  the keys
     * @param line    its line
     */
    record MapNode(List<Field> fields, int line) implements Node {
        /**
         * @param key  a key
         * @return the field, or null
         */
        Field field(String key) {
            for (Field f : fields) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * A sequence.
     *
     * @param items  the items
     * @param line   its line
     */
    record ListNode(List<Node> items, int line) implements Node {
    }

    /**
     * A scalar, with the token Jackson gave it and its text as written.
     *
     * @param token  VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE or VALUE_NULL
     * @param text   the text, null for a null
     * @param line   its line
     */
    record Scalar(JsonToken token, String text, int line) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isText() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    /**
     * Parses one YAML document.
     *
     * @param text      the YAML text, not null
     * @param file      the file name for problems, not null
     * @param problems  where problems are added, not null
     * @return the root node, or null when the text does not parse or is empty (a problem was added)
     */
    static Node parse(String text, String file, List<ConfigProblem> problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new ConfigProblem(file, 1, "the file is empty"));
                return null;
            }
            return read(p, file, problems);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                String context = m.getContext() == null ? "" : " (" + m.getContext()
                        + (m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1)) + ")";
                problems.add(new ConfigProblem(file, m.getProblemMark().getLine() + 1,
                        "YAML syntax error: " + m.getProblem() + context));
            } else {
                problems.add(new ConfigProblem(file, line(e.getLocation()), "YAML syntax error: " + clean(e)));
            }
            return null;
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static Node read(JsonParser p, String file, List<ConfigProblem> problems) throws IOException {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT) {
            List<Field> fields = new ArrayList<>();
            MapNode map = new MapNode(fields, line);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p.currentTokenLocation());
                p.nextToken();
                Node value = read(p, file, problems);
                if (map.field(key) != null) {
                    problems.add(new ConfigProblem(file, keyLine, "duplicate key '" + key + "'"));
                } else {
                    fields.add(new Field(key, keyLine, value));
                }
            }
            return new MapNode(List.copyOf(fields), line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, file, problems));
            }
            return new ListNode(List.copyOf(items), line);
        }
        return new Scalar(t, t == JsonToken.VALUE_NULL ? null : p.getText(), line);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String clean(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").trim();
    }
}
