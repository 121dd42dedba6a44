package org.doudi.rules.api.request;

/** Who holds a payment card (policy §14). */
public enum HolderRole {
    MEMBER, GUARDIAN, AGENT, STAFF, VILLAGE_CADRE, OTHER
}
