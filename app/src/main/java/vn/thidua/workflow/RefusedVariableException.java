package vn.thidua.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A variable someone sent that the step does not accept (not a field of its form, a value shown by
 * the form but changed, another ward at start...). Thrown before the engine command runs, so
 * nothing is written. A BadUserRequestException: the engine REST API and Tasklist answer 400 with
 * this Vietnamese message, which names the variable.
 */
public class RefusedVariableException extends BadUserRequestException {

    private final String variable;

    public RefusedVariableException(String variable, String message) {
        super(message + " [" + variable + "]");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
