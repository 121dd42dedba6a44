/** Implementations of the arbitraries and providers of {@link org.doudi.rules.testkit.arbitraries}: not an API. */
package org.doudi.rules.testkit.arbitraries.internal;
