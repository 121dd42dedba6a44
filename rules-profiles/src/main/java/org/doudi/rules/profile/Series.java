package org.doudi.rules.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * The dated values of one parameter of one profile for one residence, in increasing date order. Either one undated
 * value (for all dates) or dated values, each in force from its date until the next; a null value means "no value".
 *
 * @param values  the values, not null, possibly empty
 */
record Series(List<Value> values) {

    /**
     * One dated value.
     *
     * @param from    the first day it is in force, null for all dates
     * @param value   the converted value (Money, BigDecimal, Set, Map, ...), null where a value ends
     * @param source  the cited source, not null
     * @param file    the file it was read from
     * @param line    the line of the entry
     * @param yearly  the yearly amount as written ({@code yearly:} of a standard), null when given per month
     */
    record Value(LocalDate from, Object value, String source, String file, int line, Object yearly) {
    }

    Series {
        values = List.copyOf(values);
    }

    /**
     * @param date  the date, not null
     * @return the entry in force on the date (its value may be null), or null before the first date
     */
    Value at(LocalDate date) {
        Value found = null;
        for (Value v : values) {
            if (v.from == null || !v.from.isAfter(date)) {
                found = v;
            } else {
                break;
            }
        }
        return found;
    }
}
