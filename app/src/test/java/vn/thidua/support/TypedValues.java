package vn.thidua.support;

/** A value for each Thạch Khôi target, as people type them: Vietnamese decimals, "98 %", "đạt". */
public final class TypedValues {

    private TypedValues() {
    }

    public static String thachKhoi(String code) {
        return switch (code) {
            case "T01" -> "12,5";
            case "T02" -> "hoàn thành kế hoạch";
            case "T03" -> "96,4%";
            case "T04", "T10", "T11" -> "100";
            case "T05" -> "đạt";
            case "T06" -> "2";
            case "T07" -> "95,3";
            case "T08" -> "56,1";
            case "T09" -> "0,8";
            case "T12" -> "98 %";
            case "T13" -> "61,5";
            default -> "96";
        };
    }
}
