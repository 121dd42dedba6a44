package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.testkit.arbitraries.internal.DefaultMemberArbitrary;

/**
 * Facade of member arbitraries. The default provider of {@code @ForAll Member} is {@link #members()}.
 */
public final class Members {

    private Members() {
    }

    /**
     * A head ({@code m1}) valid on 2020-06-15, with every status, disabilities with and without certificate,
     * benefits, incomes and expenses; configure with {@link MemberArbitrary#on}, {@link
     * MemberArbitrary#withRelation}, ...
     *
     * @return a new arbitrary, never null
     */
    public static MemberArbitrary members() {
        return new DefaultMemberArbitrary();
    }
}
