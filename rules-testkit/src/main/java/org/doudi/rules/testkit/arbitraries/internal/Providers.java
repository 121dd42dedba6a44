package org.doudi.rules.testkit.arbitraries.internal;

import java.util.Set;
import java.util.function.Supplier;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.Disabilities;
import org.doudi.rules.testkit.arbitraries.Expenses;
import org.doudi.rules.testkit.arbitraries.Incomes;
import org.doudi.rules.testkit.arbitraries.Members;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * The default providers, registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}: one
 * per domain type, each delegating to its facade.
 */
public final class Providers {

    private Providers() {
    }

    /** A provider of one exact type. */
    abstract static class Single implements ArbitraryProvider {
        private final Class<?> type;
        private final Supplier<Arbitrary<?>> arbitrary;

        Single(Class<?> type, Supplier<Arbitrary<?>> arbitrary) {
            this.type = type;
            this.arbitrary = arbitrary;
        }

        @Override
        public boolean canProvideFor(TypeUsage targetType) {
            return targetType.isOfType(type);
        }

        @Override
        public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
            return Set.of(arbitrary.get());
        }
    }

    /** {@code @ForAll EvaluationRequest}: {@link Requests#applications()}. */
    public static final class RequestProvider extends Single {
        /** Creates the provider. */
        public RequestProvider() {
            super(EvaluationRequest.class, Requests::applications);
        }
    }

    /** {@code @ForAll Money}: {@link Amounts#amounts()}. */
    public static final class MoneyProvider extends Single {
        /** Creates the provider. */
        public MoneyProvider() {
            super(Money.class, Amounts::amounts);
        }
    }

    /** {@code @ForAll Member}: {@link Members#members()}. */
    public static final class MemberProvider extends Single {
        /** Creates the provider. */
        public MemberProvider() {
            super(Member.class, Members::members);
        }
    }

    /** {@code @ForAll Income}: {@link Incomes#incomes()}. */
    public static final class IncomeProvider extends Single {
        /** Creates the provider. */
        public IncomeProvider() {
            super(Income.class, Incomes::incomes);
        }
    }

    /** {@code @ForAll Expense}: {@link Expenses#expenses()}. */
    public static final class ExpenseProvider extends Single {
        /** Creates the provider. */
        public ExpenseProvider() {
            super(Expense.class, Expenses::expenses);
        }
    }

    /** {@code @ForAll Disability}: {@link Disabilities#disabilities()}. */
    public static final class DisabilityProvider extends Single {
        /** Creates the provider. */
        public DisabilityProvider() {
            super(Disability.class, Disabilities::disabilities);
        }
    }
}
