/**
 * <b>Internal</b> (used by {@code doudi validate}; may change without notice): conventions of the DRL files checked
 * without building them ({@link org.doudi.rules.drools.lint.RuleLint}): rule metadata, unique rule ids, no salience,
 * no policy numbers as literals.
 */
package org.doudi.rules.drools.lint;
