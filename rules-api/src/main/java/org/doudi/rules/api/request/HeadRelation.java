package org.doudi.rules.api.request;

/** A member's relation to the household head. */
public enum HeadRelation {
    /** 户主 head */
    HEAD,
    /** 配偶 spouse */
    SPOUSE,
    /** 子女 child */
    CHILD,
    /** 父母 parent */
    PARENT,
    /** 兄弟姐妹 sibling */
    SIBLING,
    /** 祖父母、外祖父母 grandparent */
    GRANDPARENT,
    /** 孙子女、外孙子女 grandchild */
    GRANDCHILD,
    /** 其他 other */
    OTHER
}
