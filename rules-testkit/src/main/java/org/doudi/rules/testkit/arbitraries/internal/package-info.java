/** <b>Internal</b>: implementations of the arbitraries and providers of {@link org.doudi.rules.testkit.arbitraries}; not an API, may change without notice. */
package org.doudi.rules.testkit.arbitraries.internal;
