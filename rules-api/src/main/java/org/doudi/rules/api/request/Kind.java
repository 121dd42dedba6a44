package org.doudi.rules.api.request;

/** The evaluation kind (policy §1). */
public enum Kind {
    /** A new application (申请). */ APPLICATION, /** A dynamic review of an enrolled household (动态管理/复核). */ REVIEW, /** The enrolled household asks to leave (主动申请退出). */ VOLUNTARY_EXIT
}
