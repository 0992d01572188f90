package vn.thidua.organisation;

/**
 * How agencies, roles and units are named as engine groups and tenants. Every id carries the agency
 * code, so one engine serves many wards without any two wards sharing a group.
 */
public final class GroupIds {

    /** The engine's built-in administrators' group. */
    public static final String ADMIN = "camunda-admin";

    private GroupIds() {
    }

    /** "thach-khoi.chuyen-vien-tdkt". */
    public static String role(String agencyCode, String roleCode) {
        return agencyCode + "." + roleCode;
    }

    /** "thach-khoi.unit.tdp-03": the unit's head; candidate group of the unit's tasks. */
    public static String unit(String agencyCode, String unitCode) {
        return agencyCode + ".unit." + unitCode;
    }

    /** "thach-khoi.hd-tdkt": every member of the emulation and reward council. */
    public static String council(String agencyCode) {
        return agencyCode + ".hd-tdkt";
    }

    /** The agency code is also the engine tenant id of all its process instances. */
    public static String tenant(String agencyCode) {
        return agencyCode;
    }

    /** "thach-khoi" out of any group id above. */
    public static String agencyOf(String groupId) {
        int dot = groupId.indexOf('.');
        return dot < 0 ? null : groupId.substring(0, dot);
    }
}
