package org.doudi.rules.drools.facts;

import java.util.List;

import org.doudi.rules.api.money.Money;

/**
 * Derived: a covered unit (保障单元): the whole household, one member covered alone, or the enrolled members during a
 * phase-out (policy §5, §6, §9.1).
 *
 * @param members            the unit's counted members, in member order
 * @param kind               the kind of unit
 * @param net                the unit's net countable monthly income
 * @param standardTimesSize  S × unit size
 */
public record CoveredUnit(List<Person> members, UnitKind kind, Money net, Money standardTimesSize) {

    /** Copies the member list. */
    public CoveredUnit {
        members = List.copyOf(members);
    }

    /** @return the number of members */
    public int size() {
        return members.size();
    }

    /** @return true for a single-person unit (单人户) */
    public boolean isSinglePerson() {
        return kind == UnitKind.SINGLE_PERSON;
    }

    /** @return true for a unit covered by this decision's eligibility rules (not a phase-out unit) */
    public boolean isNewlyCovered() {
        return kind != UnitKind.PHASE_OUT;
    }

    /** @return the single member of a single-person unit, else null (reasons about it name the member) */
    public Person soleMember() {
        return isSinglePerson() ? members.get(0) : null;
    }
}
