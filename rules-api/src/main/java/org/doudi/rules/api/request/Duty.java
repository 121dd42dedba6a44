package org.doudi.rules.api.request;

/** A case worker's duty. */
public enum Duty {
    HANDLER, INVESTIGATOR, REVIEW_PANEL, APPROVER
}
