package org.doudi.rules.drools.facts;

/** Derived: at least one listed member is a counted household member (policy §2). */
public record SomeoneCounted() {
}
