package org.doudi.rules.api.screening;

/**
 * The rows of one registry file: read, rejected (could not be read) and matched (the ID number belongs to someone
 * in the caseload; for {@code monitored.csv}, someone covered by a case).
 *
 * @param read      data rows read (the header not counted)
 * @param rejected  rows that could not be read
 * @param matched   rows matched to the caseload
 */
public record RegistryCount(long read, long rejected, long matched) {
}
