package org.doudi.rules.api.request;

/** Relation of a household member to a staff member or case worker (policy §12). */
public enum KinRelation {
    SPOUSE, PARENT, CHILD, SIBLING, GRANDPARENT, MATERNAL_GRANDPARENT, GRANDCHILD, MATERNAL_GRANDCHILD, COLLATERAL_3GEN, IN_LAW, SELF, OTHER
}
