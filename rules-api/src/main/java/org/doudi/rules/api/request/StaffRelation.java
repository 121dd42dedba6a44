package org.doudi.rules.api.request;

/**
 * A declared relation between a household member and a staff member (policy §12).
 *
 * @param memberId   the household member's id
 * @param staffId    the staff member's id
 * @param staffRole  the staff member's role
 * @param relation   what the household member is to the staff member ({@code SELF}: the same person)
 */
public record StaffRelation(String memberId, String staffId, StaffRole staffRole, KinRelation relation) {
}
