package org.doudi.rules.api.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The worked examples copied from the specification into the test resources. */
final class Examples {

    private Examples() {
    }

    /**
     * @param name  the example file name, e.g. {@code 04-xiayi-graded-gap.json}
     * @return the whole example (title, request, expected), never null
     */
    static ObjectNode load(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return (ObjectNode) DoudiJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name  the example file name
     * @return a fresh copy of the example's request, never null
     */
    static ObjectNode request(String name) {
        return (ObjectNode) load(name).get("request").deepCopy();
    }

    /**
     * @param tree  a JSON tree, not null
     * @return its compact JSON text
     */
    static String text(JsonNode tree) {
        try {
            return DoudiJson.mapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
