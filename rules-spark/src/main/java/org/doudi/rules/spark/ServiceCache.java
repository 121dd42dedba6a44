package org.doudi.rules.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * The services of this JVM, one per {@link RuleSource#key()}: built on first use by the first task that needs it
 * (other tasks of the same executor wait for it), then shared by every task and thread of the JVM, for as long as the
 * JVM lives. A KieBase takes seconds to build from an analyst's folder, so it is built once per executor JVM, never
 * per task or per row.
 *
 * <p>At most {@link #CAPACITY} services are kept (the least recently used one goes first), so a long-lived session
 * that tries many rule folders does not hold every KieBase it ever built. Thread-safe.
 */
final class ServiceCache {

    /** How many services one JVM keeps. */
    static final int CAPACITY = 4;

    private static final Map<String, DroolsEligibilityService> SERVICES =
            new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DroolsEligibilityService> eldest) {
                    return size() > CAPACITY;
                }
            };

    private static final AtomicLong BUILDS = new AtomicLong();

    private ServiceCache() {
    }

    /**
     * The service for a source, built now if this JVM has none for its key.
     *
     * @param source  the rules and profiles, not null
     * @return the service, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if the rules or profiles do not build
     */
    static DroolsEligibilityService get(RuleSource source) {
        synchronized (SERVICES) {
            DroolsEligibilityService service = SERVICES.get(source.key());
            if (service == null) {
                service = source.build();
                BUILDS.incrementAndGet();
                SERVICES.put(source.key(), service);
            }
            return service;
        }
    }

    /**
     * Keeps a service already built (by the driver, from the analyst's own folders) under a key.
     *
     * @param key      the source's key, not null
     * @param service  the service, not null
     */
    static void put(String key, DroolsEligibilityService service) {
        synchronized (SERVICES) {
            SERVICES.put(key, service);
        }
    }

    /** @return how many services {@link #get} has built in this JVM so far */
    static long builds() {
        return BUILDS.get();
    }

    /**
     * @param key  a source's key
     * @return true if this JVM holds a service for it
     */
    static boolean holds(String key) {
        synchronized (SERVICES) {
            return SERVICES.containsKey(key);
        }
    }
}
