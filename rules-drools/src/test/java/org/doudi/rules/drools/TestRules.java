package org.doudi.rules.drools;

import java.nio.file.Path;

import org.doudi.rules.drools.screening.CaseloadScreener;

/**
 * The services the tests share, each built once per JVM on first use: the built-in rules and profiles, and the
 * built-in rules over the test profiles of {@code src/test/resources/params-test}. Building the rules takes far
 * longer than a test that decides a few cases with them; a test class that built them in {@code @BeforeAll} built
 * them again for every test method that the mutation tests (PIT) replay, for every mutant.
 *
 * <p>Only for tests that decide with a service and never reload it (a reload replaces what the service serves):
 * a test of building, loading or reloading builds its own. The services are safe to share between threads.
 */
public final class TestRules {

    private TestRules() {
    }

    private static final class BuiltIn {
        static final DroolsEligibilityService SERVICE = DroolsEligibilityService.builtIn();
    }

    private static final class TestProfiles {
        static final DroolsEligibilityService SERVICE = DroolsEligibilityService.fromDirectories(null,
                Path.of("src/test/resources/params-test").toAbsolutePath());
    }

    private static final class Screener {
        static final CaseloadScreener SCREENER = CaseloadScreener.of(BuiltIn.SERVICE);
    }

    /** @return the built-in rules and profiles, built once per JVM */
    public static DroolsEligibilityService builtIn() {
        return BuiltIn.SERVICE;
    }

    /** @return the built-in rules over the built-in profiles and the test profiles of {@code params-test} */
    public static DroolsEligibilityService withTestProfiles() {
        return TestProfiles.SERVICE;
    }

    /** @return a caseload screener over {@link #builtIn()} */
    public static CaseloadScreener screener() {
        return Screener.SCREENER;
    }
}
