package org.doudi.rules.api.request;

/** Poverty-alleviation flags of a household. "Registered" (建档立卡) means REGISTERED_POOR or OUT_OF_POVERTY. */
public enum HouseholdFlag {
    /** 建档立卡, not yet out of poverty (未脱贫). */ REGISTERED_POOR, /** 已脱贫建档立卡. */ OUT_OF_POVERTY, /** 防返贫监测户 (accepted, used by no rule yet). */ MONITORED
}
