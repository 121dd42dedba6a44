package org.doudi.rules.api.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.doudi.rules.api.money.Money;

/**
 * The end of a screening: what was read and found, and the monthly money at stake, summed exactly.
 *
 * <p>{@code monthlyOverpaid} is the enrolled amount of every case whose re-evaluation covers nobody
 * ({@link FindingCode#NOW_INELIGIBLE}) plus the excess of every {@link FindingCode#AMOUNT_MISMATCH} that pays too much;
 * {@code monthlyUnderpaid} is the shortfall of every {@code AMOUNT_MISMATCH} that pays too little plus the monthly
 * amount missing from every {@link FindingCode#MISSED_SUBSIDY}. This class is immutable and thread-safe.
 *
 * @param cases             cases read
 * @param casesWithFindings screened cases with at least one finding
 * @param invalid           invalid requests (not screened)
 * @param misconfigured     cases the profiles cannot decide (not screened)
 * @param findings          findings per code, every code present (zero when none), in {@link FindingCode} order
 * @param registries        rows per registry file given, in the order the files are read
 * @param candidates        missed-coverage candidates
 * @param monthlyOverpaid   money paid too much per month, not null
 * @param monthlyUnderpaid  money paid too little per month, not null
 */
public record ScreeningSummary(long cases, long casesWithFindings, long invalid, long misconfigured,
                               Map<FindingCode, Long> findings, Map<String, RegistryCount> registries,
                               long candidates, Money monthlyOverpaid, Money monthlyUnderpaid) {

    /**
     * Copies the maps, keeping their order, and fills in missing codes with zero.
     *
     * @param cases  cases read
     * @param casesWithFindings  screened cases with at least one finding
     * @param invalid  invalid requests (not screened)
     * @param misconfigured  cases the profiles cannot decide (not screened)
     * @param findings  findings per code, every code present (zero when none), in {@link FindingCode} order
     * @param registries  rows per registry file given, in the order the files are read
     * @param candidates  missed-coverage candidates
     * @param monthlyOverpaid  money paid too much per month, not null
     * @param monthlyUnderpaid  money paid too little per month, not null
     */
    public ScreeningSummary {
        EnumMap<FindingCode, Long> all = new EnumMap<>(FindingCode.class);
        for (FindingCode c : FindingCode.values()) {
            all.put(c, findings.getOrDefault(c, 0L));
        }
        findings = Collections.unmodifiableMap(all);
        registries = Collections.unmodifiableMap(new LinkedHashMap<>(registries));
        Objects.requireNonNull(monthlyOverpaid, "monthlyOverpaid");
        Objects.requireNonNull(monthlyUnderpaid, "monthlyUnderpaid");
    }
}
