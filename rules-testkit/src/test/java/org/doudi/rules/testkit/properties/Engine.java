package org.doudi.rules.testkit.properties;

import org.doudi.rules.drools.DroolsEligibilityService;

/** The engine under test, built once per JVM (building the rule base takes about two seconds). */
final class Engine {

    private Engine() {
    }

    private static final class Holder {
        static final DroolsEligibilityService SERVICE = DroolsEligibilityService.builtIn();
    }

    /** @return the built-in service, never null */
    static DroolsEligibilityService service() {
        return Holder.SERVICE;
    }
}
