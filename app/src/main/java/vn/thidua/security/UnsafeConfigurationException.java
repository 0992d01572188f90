package vn.thidua.security;

/**
 * A setting that would open a door in production (an empty database password, say). Thrown while
 * the application starts, so it never serves a request in that state; {@link
 * UnsafeConfigurationFailureAnalyzer} prints what is wrong and how to fix it instead of a stack trace.
 */
public class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    public UnsafeConfigurationException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
