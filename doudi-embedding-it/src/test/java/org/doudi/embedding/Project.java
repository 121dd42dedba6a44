package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the packaged project is (system properties set by the module's pom), the worked examples, and a capture of
 * what a block of code writes to standard output and standard error (slf4j-simple writes there).
 */
final class Project {

    static final ObjectMapper JSON = new ObjectMapper();

    private Project() {
    }

    /** @return the project root */
    static Path root() {
        return Path.of(System.getProperty("doudi.root", "..")).toAbsolutePath().normalize();
    }

    /** @return the version of the modules */
    static String version() {
        return System.getProperty("doudi.version");
    }

    /**
     * @param module  a module folder name
     * @return the module's build folder
     */
    static Path buildDir(String module) {
        return root().resolve(module).resolve(System.getProperty("doudi.it.build.dir", "target"));
    }

    /**
     * @param module  a module folder name
     * @param suffix  "" for the main jar, "-sources" or "-javadoc"
     * @return the packaged jar, which must exist (these tests run after the modules are packaged)
     */
    static Path jar(String module, String suffix) {
        Path jar = buildDir(module).resolve(module + "-" + version() + suffix + ".jar");
        assertThat(jar).as("packaged jar (run mvn verify)").isRegularFile();
        return jar;
    }

    /** One worked example: its name, the request and the expected exit code and output. */
    record Example(String name, JsonNode request, int exit, JsonNode output) {
    }

    /** @return the worked examples of {@code examples/worked}, by name */
    static List<Example> workedExamples() {
        try (Stream<Path> files = Files.list(root().resolve("examples/worked"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    JsonNode e = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
                    String name = f.getFileName().toString().replace(".json", "");
                    return new Example(name, e.get("request"), e.get("expected").get("exit").asInt(),
                            e.get("expected").get("output"));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code that may throw. */
    @FunctionalInterface
    interface Block {
        void run() throws Exception;
    }

    /**
     * Runs a block with standard output and standard error captured.
     *
     * @param block  the code
     * @return what it wrote to either stream
     */
    static String captureOutput(Block block) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            block.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
