package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.testkit.arbitraries.internal.DefaultAssetsArbitrary;

/** Facade of asset arbitraries. */
public final class HouseholdAssets {

    private HouseholdAssets() {
    }

    /**
     * Assets mostly within the limits, sometimes beyond (financial, vehicle, properties, business capital).
     *
     * @return a new arbitrary, never null
     */
    public static AssetsArbitrary assets() {
        return new DefaultAssetsArbitrary();
    }
}
