package org.doudi.rules.api.request;

/** Relation of a household member to a staff member or case worker (policy §12). */
public enum KinRelation {
    /** 配偶 spouse */
    SPOUSE,
    /** 父母 parent */
    PARENT,
    /** 子女 child */
    CHILD,
    /** 兄弟姐妹 sibling */
    SIBLING,
    /** 祖父母 paternal grandparent */
    GRANDPARENT,
    /** 外祖父母 maternal grandparent */
    MATERNAL_GRANDPARENT,
    /** 孙子女 paternal grandchild */
    GRANDCHILD,
    /** 外孙子女 maternal grandchild */
    MATERNAL_GRANDCHILD,
    /** 三代以内旁系血亲 collateral relative within three generations */
    COLLATERAL_3GEN,
    /** 近姻亲 close in-law */
    IN_LAW,
    /** 本人 the staff member is the member */
    SELF,
    /** 其他 another relation (not a near relative) */
    OTHER
}
