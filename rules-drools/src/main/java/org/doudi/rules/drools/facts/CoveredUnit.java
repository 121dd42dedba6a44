package org.doudi.rules.drools.facts;

import java.util.List;

import org.doudi.rules.api.money.Money;

/**
 * Derived: a covered unit (施保单元): the whole household, or one member covered alone (POLICY.md §5, §6).
 *
 * @param members       the unit's counted members, in member order
 * @param singlePerson  true for a single-person unit (单人户)
 * @param net           the unit's net countable monthly income
 * @param standardTimesSize  S × unit size
 */
public record CoveredUnit(List<Person> members, boolean singlePerson, Money net, Money standardTimesSize) {

    /** Copies the member list. */
    public CoveredUnit {
        members = List.copyOf(members);
    }

    /** @return the number of members */
    public int size() {
        return members.size();
    }

    /** @return the single member of a single-person unit, else null */
    public Person soleMember() {
        return singlePerson ? members.get(0) : null;
    }

    /**
     * @param person  a member
     * @return true if the person belongs to this unit
     */
    public boolean includes(Person person) {
        return members.contains(person);
    }
}
