package org.doudi.rules.drools.screening;

import java.time.LocalDate;

import org.doudi.rules.api.money.Money;

/**
 * One readable registry row, kept when its ID number belongs to the caseload. The columns each registry has are
 * mapped onto these fields (see {@link RegistryReader}).
 *
 * @param registry  the registry, not null
 * @param line      the row's line in its file
 * @param id        the ID number key (trimmed, upper-cased), not null
 * @param date      deathDate, from or registeredOn; null for registries without a date
 * @param to        a detention's end, null when still held or not a detention
 * @param kind      vehicle kind, property use, business role or monitored risk; null for other registries
 * @param amount    vehicle value or business capital, null when not given
 * @param text      employer or region, null when not given
 * @param other     the other region's case id (dibao elsewhere) or the household id (monitored), may be null
 */
record RegistryRow(Registry registry, long line, String id, LocalDate date, LocalDate to, String kind, Money amount,
                   String text, String other) {

    /**
     * @param asOf  a case's assessment date, not null
     * @return true if the row may apply to that case: it has no date, or is dated on or before it
     */
    boolean datedBy(LocalDate asOf) {
        return date == null || !date.isAfter(asOf);
    }
}
