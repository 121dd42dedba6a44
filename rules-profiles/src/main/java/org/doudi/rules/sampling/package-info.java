/**
 * County sampling (入户抽查): from a decided batch, the population sampled (the applications proposed for approval,
 * or the enrolled cases still paid), every case with a mandatory county home visit and a uniform random draw of
 * ⌈ratio × P⌉ of the P others, reproducible from a seed whatever the batch's order; the profiles' {@code
 * sampling.ratio} is a floor. Nothing here logs: case ids are callers' keys and may hold identifiers.
 */
package org.doudi.rules.sampling;
