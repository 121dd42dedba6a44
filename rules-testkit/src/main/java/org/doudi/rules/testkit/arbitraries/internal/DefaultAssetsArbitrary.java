package org.doudi.rules.testkit.arbitraries.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.AssetsArbitrary;

/** The implementation of {@link AssetsArbitrary}. */
public final class DefaultAssetsArbitrary extends ArbitraryDecorator<Assets> implements AssetsArbitrary {

    private boolean passingOnly;

    /** Mostly passing, sometimes failing assets. */
    public DefaultAssetsArbitrary() {
    }

    @Override
    protected Arbitrary<Assets> arbitrary() {
        Arbitrary<Assets> assets = passingOnly ? passing_()
                : Arbitraries.frequencyOf(Tuple.of(4, passing_()), Tuple.of(1, any()));
        return assets.withoutEdgeCases();
    }

    private static Arbitrary<Assets> passing_() {
        Arbitrary<Vehicle> exemptKind = Combinators.combine(
                Arbitraries.of(VehicleKind.MOTORCYCLE, VehicleKind.EBIKE, VehicleKind.FARM_MACHINERY,
                        VehicleKind.DISABILITY_VEHICLE),
                Amounts.amounts().between(Money.ofYuan(100), Money.ofYuan(20_000)).wholeYuan(),
                Arbitraries.of(true, false)).as(Vehicle::new);
        Arbitrary<Vehicle> judgedExempt = Combinators.combine(Arbitraries.of(VehicleKind.CAR, VehicleKind.TRUCK),
                Amounts.amounts().between(Money.ofYuan(1000), Money.ofYuan(60_000)).wholeYuan())
                .as((k, v) -> new Vehicle(k, v, true));
        Arbitrary<Vehicle> worthless = Arbitraries.of(VehicleKind.CAR, VehicleKind.TRUCK)
                .map(k -> new Vehicle(k, Money.ZERO, false));
        Arbitrary<Vehicle> vehicle = Arbitraries.frequencyOf(Tuple.of(6, exemptKind), Tuple.of(2, judgedExempt),
                Tuple.of(1, worthless));
        Arbitrary<Money> capital = Amounts.amounts().between(Money.ZERO, Money.ofYuan(100_000));
        return Combinators.combine(
                Amounts.amounts().between(Money.ZERO, Money.ofYuan(5000)),
                vehicle.list().ofMaxSize(2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)),
                capital).as((fin, vs, homes, business, cap) ->
                new Assets(fin, vs, homes, 0, business, business ? cap : Money.ZERO));
    }

    private static Arbitrary<Assets> any() {
        Arbitrary<Vehicle> vehicle = Combinators.combine(Arbitraries.of(VehicleKind.values()),
                Amounts.amounts().between(Money.ZERO, Money.ofYuan(200_000)).wholeYuan(),
                Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true))).as(Vehicle::new);
        return Combinators.combine(
                Amounts.amounts().between(Money.ZERO, Money.ofYuan(150_000)),
                vehicle.list().ofMaxSize(2),
                Arbitraries.integers().between(0, 4),
                Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1)),
                Arbitraries.of(true, false),
                Amounts.amounts().between(Money.ZERO, Money.ofYuan(300_000)))
                .as((fin, vs, homes, nonRes, business, cap) ->
                        new Assets(fin, vs, homes, nonRes, business, business ? cap : Money.ZERO));
    }

    @Override
    public AssetsArbitrary passing() {
        DefaultAssetsArbitrary clone = typedClone();
        clone.passingOnly = true;
        return clone;
    }
}
