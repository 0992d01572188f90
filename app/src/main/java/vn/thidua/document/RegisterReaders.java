package vn.thidua.document;

import java.util.List;
import vn.thidua.organisation.Role;

/** Who may read a ward's register (Sổ đăng ký văn bản đi): the register pages, and the home page's link to them. */
public final class RegisterReaders {

    /** Roles of an agency that may read its register. */
    public static final List<String> ROLES = List.of(Role.CLERK, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.SPECIALIST, Role.AUDITOR);

    private RegisterReaders() {
    }
}
