/**
 * The Drools implementation of {@link org.doudi.rules.api.EligibilityService}.
 *
 * <p>API: {@link org.doudi.rules.drools.DroolsEligibilityService} (the service, its reload and
 * {@link org.doudi.rules.drools.DroolsEligibilityService.ReloadResult}) and {@link org.doudi.rules.drools.RuleSet}
 * (the rules: built in, or compiled from an analyst's folder). Every other class of this package is <b>internal</b>:
 * helpers the DRL files call for arithmetic and lookups, the explanation collector and the decision assembler; they
 * are public only because the rules call them, and may change without notice.
 *
 * <p>The built-in rules run from their executable model, pre-generated at build time: no rule compiler is needed at
 * run time. Compiling DRL (an analyst's folder, reload) needs {@code org.doudi:rules-compiler}.
 */
package org.doudi.rules.drools;
