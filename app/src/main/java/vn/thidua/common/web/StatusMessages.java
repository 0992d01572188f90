package vn.thidua.common.web;

/** A plain Vietnamese sentence for a status when the failure brings no message of its own. */
final class StatusMessages {

    private StatusMessages() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ.";
            case 401 -> "Bạn cần đăng nhập để tiếp tục.";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy trang hoặc dữ liệu được yêu cầu.";
            case 405 -> "Địa chỉ này không nhận phương thức HTTP đã dùng.";
            case 406 -> "Không có định dạng trả lời phù hợp với yêu cầu.";
            case 409 -> "Dữ liệu vừa được người khác thay đổi cùng lúc; hãy tải lại và thử lại.";
            case 413 -> "Nội dung hoặc tệp gửi lên quá lớn.";
            case 415 -> "Định dạng nội dung gửi lên không được hỗ trợ.";
            case 422 -> "Không xử lý được yêu cầu.";
            case 503 -> "Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.";
            default -> status >= 500 ? "Đã xảy ra lỗi ngoài dự kiến trên máy chủ." : "Yêu cầu không được chấp nhận.";
        };
    }
}
