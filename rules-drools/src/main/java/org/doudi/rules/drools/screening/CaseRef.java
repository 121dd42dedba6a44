package org.doudi.rules.drools.screening;

/**
 * A case of the caseload as other cases' findings name it (e.g. the other case of a duplicate enrollment).
 *
 * @param index   the case's identity in its caseload, ordered as the caseload is (its position, from 0, for
 *                {@link CaseloadScreener#screen}); two references to the same case have the same index
 * @param line    its line, 0 when unknown
 * @param caseId  its case id as given, may be null
 */
public record CaseRef(long index, long line, String caseId) {
}
