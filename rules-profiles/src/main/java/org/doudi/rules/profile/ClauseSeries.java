package org.doudi.rules.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile's own clause for one rule, by date: each entry is in force from its date until the next; the first entry
 * may be undated (in force from the earliest date). A null clause means "the rule's own {@code @clause}".
 *
 * @param entries  the entries, dates strictly increasing, not empty
 */
record ClauseSeries(List<Entry> entries) {

    /**
     * One dated clause.
     *
     * @param from    the first day it is in force, null (first entry only) for every date before the next entry
     * @param clause  the clause to cite, null for the rule's own {@code @clause}
     * @param file    the file it was read from
     * @param line    the line of the entry
     */
    record Entry(LocalDate from, String clause, String file, int line) {
    }

    ClauseSeries {
        entries = List.copyOf(entries);
    }

    /**
     * This series taking over from another, as a profile's clauses take over from its parent's (and an overlay's from
     * the file it overlays): the other's entries before this series' first date, then this series.
     *
     * @param earlier  the series taken over, may be null
     * @return the combined series, never null
     */
    ClauseSeries over(ClauseSeries earlier) {
        LocalDate first = entries.get(0).from();
        if (earlier == null || first == null) {
            return this;
        }
        List<Entry> combined = new ArrayList<>();
        for (Entry e : earlier.entries) {
            if (e.from() == null || e.from().isBefore(first)) {
                combined.add(e);
            }
        }
        combined.addAll(entries);
        return new ClauseSeries(combined);
    }

    /**
     * @param date  the date, not null
     * @return the clause in force on the date, or null where the rule's own {@code @clause} applies
     */
    String at(LocalDate date) {
        String found = null;
        for (Entry e : entries) {
            if (e.from() != null && e.from().isAfter(date)) {
                break;
            }
            found = e.clause();
        }
        return found;
    }
}
