package vn.thidua.organisation;

import vn.thidua.common.validation.ConflictException;

/**
 * The organisation file names a ward that is already in the system: a conflict (409), not a
 * mistake in the file, and checked before anything else so a re-sent file is not answered with
 * every one of its logins "already taken".
 */
public class WardAlreadyExistsException extends ConflictException {

    public WardAlreadyExistsException(String code) {
        super("Đơn vị hành chính \"" + code + "\" đã có trong hệ thống; tệp tổ chức không được nhập lại.");
    }
}
