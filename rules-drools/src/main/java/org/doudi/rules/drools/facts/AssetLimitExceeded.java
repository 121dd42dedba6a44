package org.doudi.rules.drools.facts;

/**
 * Derived: one failed part of the asset test (policy §4).
 *
 * @param test  which limit: FINANCIAL, VEHICLE, RESIDENTIAL_PROPERTIES, NON_RESIDENTIAL_PROPERTY, BUSINESS_CAPITAL
 */
public record AssetLimitExceeded(String test) {
}
