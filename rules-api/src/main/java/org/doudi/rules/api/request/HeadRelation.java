package org.doudi.rules.api.request;

/** A member's relation to the household head. */
public enum HeadRelation {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER
}
