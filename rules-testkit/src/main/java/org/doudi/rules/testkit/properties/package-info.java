/**
 * Reusable invariant checks of policy §17 that any {@link org.doudi.rules.api.EligibilityService} can be run
 * against from a jqwik property: {@link org.doudi.rules.testkit.properties.EligibilityInvariants}.
 */
package org.doudi.rules.testkit.properties;
