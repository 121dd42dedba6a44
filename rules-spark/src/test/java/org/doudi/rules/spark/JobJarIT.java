package org.doudi.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The job jar against Spark's own classpath: what a cluster loads from Spark and what from doudi-spark.jar.
 */
class JobJarIT {

    /** Libraries of the test run itself, not of Spark. */
    private static final List<String> TEST_LIBRARIES = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
            "/org/assertj/", "/net/bytebuddy/", "surefire", "failsafe");

    private static Path jobJar() {
        return Path.of(System.getProperty("doudi.spark.jar")).toAbsolutePath();
    }

    /** Spark's classpath: this JVM's, less the job jar, the test classes and the test libraries. */
    private static List<String> sparkClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!p.equals(jobJar()) && !p.endsWith("test-classes") && TEST_LIBRARIES.stream().noneMatch(entry::contains)) {
                entries.add(entry);
            }
        }
        assertThat(entries).anyMatch(e -> e.contains("spark-core_2.13"));
        return entries;
    }

    @Test
    void theJobJarSharesNoClassWithSpark() throws IOException {
        Set<String> jarClasses = classes(jobJar().toString());
        assertThat(jarClasses).contains("org/doudi/rules/spark/EvaluateJob.class",
                "org/doudi/shaded/jackson/databind/ObjectMapper.class");
        assertThat(jarClasses).noneMatch(c -> c.startsWith("org/slf4j/") || c.startsWith("com/fasterxml/"));

        Set<String> shared = new TreeSet<>();
        for (String entry : sparkClasspath()) {
            if (entry.endsWith(".jar")) {
                for (String c : classes(entry)) {
                    if (jarClasses.contains(c)) {
                        shared.add(c + " (also in " + Path.of(entry).getFileName() + ")");
                    }
                }
            }
        }
        assertThat(shared).as("classes a cluster would load from Spark instead of the job jar").isEmpty();
    }

    private static Set<String> classes(String jar) throws IOException {
        Set<String> classes = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.add(name);
                }
            }
        }
        return classes;
    }

    /**
     * The command {@code spark-submit --master local[2] --class org.doudi.rules.spark.EvaluateJob doudi-spark.jar ARGS}
     * runs: Spark's launcher JVM options, Spark's classpath, Spark's {@code SparkSubmit}, quiet test logging.
     *
     * @param jobArgs  the job's arguments, not null
     * @return the command, never null
     */
    static List<String> sparkSubmit(List<String> jobArgs) {
        List<String> command = new ArrayList<>(List.of(Fixtures.java()));
        command.addAll(Arrays.asList(System.getProperty("doudi.spark.jvmOptions").trim().split("\\s+")));
        command.addAll(List.of(
                "-Dlog4j2.configurationFile="
                        + Path.of("target", "test-classes", "log4j2-test.properties").toAbsolutePath(),
                "-cp", String.join(File.pathSeparator, sparkClasspath()),
                "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--class", "org.doudi.rules.spark.EvaluateJob",
                jobJar().toString()));
        command.addAll(jobArgs);
        return command;
    }
}
