package org.doudi.rules.api.request;

/** Roles of staff whose relatives' cases must be filed (policy §12). */
public enum StaffRole {
    DIBAO_HANDLER, VILLAGE_COMMITTEE, CIVIL_AFFAIRS_STAFF, PUBLIC_OFFICIAL
}
