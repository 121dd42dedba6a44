package org.doudi.rules.api.request;

/** Kinds of vehicle (policy §4). */
public enum VehicleKind {
    CAR, TRUCK, MOTORCYCLE, EBIKE, FARM_MACHINERY, DISABILITY_VEHICLE
}
