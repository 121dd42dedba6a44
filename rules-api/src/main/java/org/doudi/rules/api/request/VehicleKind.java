package org.doudi.rules.api.request;

/** Kinds of vehicle (policy §4). */
public enum VehicleKind {
    /** 小汽车 car */
    CAR,
    /** 货车 truck */
    TRUCK,
    /** 摩托车 motorcycle */
    MOTORCYCLE,
    /** 电动车 e-bike */
    EBIKE,
    /** 农机具 farm machinery */
    FARM_MACHINERY,
    /** 残疾人功能性补偿代步车 disability vehicle */
    DISABILITY_VEHICLE
}
