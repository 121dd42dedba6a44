/**
 * jqwik generators of dibao cases, shaped like jqwik-time: static facades ({@link
 * org.doudi.rules.testkit.arbitraries.Requests#applications()}, {@link
 * org.doudi.rules.testkit.arbitraries.Requests#reviews()}, {@link
 * org.doudi.rules.testkit.arbitraries.Requests#voluntaryExits()}, {@link
 * org.doudi.rules.testkit.arbitraries.Requests#any()}, {@link
 * org.doudi.rules.testkit.arbitraries.Members#members()}, {@link
 * org.doudi.rules.testkit.arbitraries.Incomes#incomes()}, ...) returning fluent arbitrary types with domain verbs,
 * implementations in {@code internal}, and default providers registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} so that {@code @ForAll EvaluationRequest},
 * {@code @ForAll Money}, {@code @ForAll Member}, {@code @ForAll Income}, {@code @ForAll Expense} and
 * {@code @ForAll Disability} just work. Reusable populations are in {@link
 * org.doudi.rules.testkit.arbitraries.Populations}.
 *
 * <p>Every generated value is valid by construction (the JSON contract): one {@code HEAD} listed first, member ids
 * {@code m1..mn}, birth dates before the assessment date, {@code deceasedOn} only with status {@code DECEASED} and
 * never before the birth date, money with two decimals and never negative, assessment dates on which the profile has
 * a standard. Values are built with the domain's own builders.
 */
package org.doudi.rules.testkit.arbitraries;
