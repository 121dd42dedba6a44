package org.doudi.rules.api.screening;

/** The risk recorded for a monitored person (防止返贫监测对象) in the monitored-households registry. */
public enum MonitoredRisk {
    /** 因病. */ ILLNESS,
    /** 因残. */ DISABILITY,
    /** 因意外事故. */ ACCIDENT,
    /** 因学. */ EDUCATION,
    /** 其他. */ OTHER
}
