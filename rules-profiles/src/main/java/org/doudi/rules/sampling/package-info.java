/**
 * County sampling before approval (入户抽查, policy §13): from a decided batch, the cases proposed for approval,
 * every case with a mandatory county home visit and a uniform random draw of ⌈ratio × P⌉ of the P sampled ones,
 * reproducible from a seed whatever the batch's order. Nothing here logs: case ids are callers' keys and may hold
 * identifiers (policy §15).
 */
package org.doudi.rules.sampling;
