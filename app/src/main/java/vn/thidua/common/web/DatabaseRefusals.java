package vn.thidua.common.web;

import static vn.thidua.common.web.ErrorContract.find;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database refused a write. The SQL state says why: 22 a value that does not fit (a text
 * longer than its column), 23 a duplicate or a broken reference, 40 a deadlock or serialization
 * failure between two concurrent requests (MariaDB also reports a lock wait timeout as 1205).
 * The statement and the column go to the log, never to the client.
 */
final class DatabaseRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRefusals.class);

    private DatabaseRefusals() {
    }

    static Optional<ApiError> refusal(List<Throwable> chain) {
        SQLException sql = find(chain, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        ApiError answer = null;
        if (state.startsWith("22")) {
            answer = ApiError.of(400, "Một giá trị gửi lên quá dài hoặc không đúng dạng để lưu; hãy rút gọn hoặc sửa lại"
                    + " rồi gửi lại.");
        } else if (state.startsWith("23") || find(chain, DataIntegrityViolationException.class) != null) {
            answer = ApiError.of(409, "Dữ liệu trùng hoặc mâu thuẫn với dữ liệu đã có (có thể vừa được gửi cùng lúc từ nơi"
                    + " khác); hãy tải lại và kiểm tra trước khi gửi lại.");
        } else if (state.startsWith("40") || code == 1213 || code == 1205
                || find(chain, ConcurrencyFailureException.class) != null) {
            answer = ApiError.of(409, null);
        }
        if (answer != null) {
            LOG.warn("Database refused the request ({} for the client): {}", answer.status(),
                    sql == null ? chain.get(0).toString() : sql.getMessage() + " [SQL state " + state + ", code " + code + "]");
        }
        return Optional.ofNullable(answer);
    }
}
