package vn.thidua.organisation;

import java.util.regex.Pattern;

/**
 * How agencies, roles and units are named as engine groups and tenants. Every id carries the agency
 * code, so one engine serves many wards without any two wards sharing a group.
 */
public final class GroupIds {

    /** The engine's built-in administrators' group. */
    public static final String ADMIN = "camunda-admin";

    /**
     * The engine keeps group, tenant and user ids in 64 characters (ACT_ID_GROUP.ID_ and the
     * membership columns), so a ward code and a unit code must leave room for the rest of the id.
     */
    public static final int MAX_ENGINE_ID = 64;

    /**
     * Ward and unit codes: lower-case ASCII, digits, hyphen. The engine's whitelist
     * (general-resource-whitelist-pattern) would take upper case too, but a code is also a URL
     * and a login-like name people type; one spelling per code avoids "Tdp-03" next to "tdp-03".
     */
    public static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    /** Logins: as {@link #CODE} plus dot and underscore ("khang.pm"), starting and ending with a letter or digit. */
    public static final Pattern LOGIN = Pattern.compile("[a-z0-9]([a-z0-9._-]*[a-z0-9])?");

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

    /** The longest ward code whose role groups ("{ward}.{longest role}") still fit the engine's ids. */
    public static int maxWardCodeLength() {
        int longestRole = Role.ALL.stream().mapToInt(String::length).max().orElseThrow();
        return MAX_ENGINE_ID - 1 - longestRole;
    }

    /** The longest unit code whose group "{ward}.unit.{unit}" still fits the engine's ids. */
    public static int maxUnitCodeLength(String agencyCode) {
        return MAX_ENGINE_ID - unit(agencyCode, "").length();
    }

    /** "thach-khoi" out of any group id above. */
    public static String agencyOf(String groupId) {
        int dot = groupId.indexOf('.');
        return dot < 0 ? null : groupId.substring(0, dot);
    }
}
