package org.doudi.rules.testkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What building the rules costs: the built-in rules from their pre-generated executable model (what every process
 * pays once, cold in a fresh JVM and again warm), and a reload of the same rules from DRL files (what an analyst's
 * {@code --rules DIR} and {@code DroolsEligibilityService.reload} pay: the rule compiler runs). Run by hand:
 * {@code scripts/benchmark.sh jmh RuleBuildBenchmark}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBuildBenchmark {

    /** A service, and the built-in DRL files written to a folder as an analyst's copy, for the reload. */
    @State(Scope.Benchmark)
    public static class Reload {
        DroolsEligibilityService service;
        Path rulesDir;

        /**
         * Builds the service and writes the folder.
         *
         * @throws IOException if the folder cannot be written
         */
        @Setup
        public void setUp() throws IOException {
            service = DroolsEligibilityService.builtIn();
            rulesDir = Files.createTempDirectory("doudi-bench-rules");
            for (Map.Entry<String, String> e : RuleSet.readBuiltInSources().entrySet()) {
                Files.writeString(rulesDir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** @return the built-in rules and profiles, the first build in a fresh JVM (one shot per fork, no set-up) */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DroolsEligibilityService builtInCold() {
        return DroolsEligibilityService.builtIn();
    }

    /** @return the built-in rules from their pre-generated model, in a warm JVM */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public RuleSet builtInWarm() {
        return RuleSet.builtIn();
    }

    /**
     * @param r  the service and the folder
     * @return the result of reloading the built-in rules from DRL files (compiled at run time), in a warm JVM
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 2, time = 10)
    @Measurement(iterations = 3, time = 10)
    public DroolsEligibilityService.ReloadResult reloadFromDrl(Reload r) {
        DroolsEligibilityService.ReloadResult result = r.service.reload(r.rulesDir, null);
        if (!result.reloaded()) {
            throw new IllegalStateException("the built-in rules did not reload: " + result.problems());
        }
        return result;
    }
}
