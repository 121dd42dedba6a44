package org.doudi.rules.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An in-process runner of the {@code doudi} command line for tests, with test resource helpers. */
final class Cli {

    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /**
     * The outcome of one run.
     *
     * @param exit      the exit code
     * @param outBytes  standard output as bytes
     * @param err       standard error
     */
    record Result(int exit, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(out());
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out() + "\nstderr: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int exit = DoudiCommand.run(args, in, out, err);
        return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** @return the text of a test resource under {@code cli/} */
    static String resource(String name) {
        try (InputStream in = Cli.class.getResourceAsStream("/cli/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource cli/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an example file of {@code cli/} as a tree ({@code request}, {@code expected}) */
    static JsonNode example(String name) {
        try {
            return JSON.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an example's request to a file in a folder and returns its path. */
    static Path requestFile(Path dir, String exampleName) {
        return write(dir.resolve(exampleName.replace(".json", "-request.json")),
                example(exampleName).get("request").toPrettyString());
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
