package vn.thidua.workflow;

import vn.thidua.common.validation.InvalidInputException;

/**
 * A variable someone sent that the step does not accept: not a field of the task's form, a value
 * the form only shows sent back changed, another ward or initiator at a start. Thrown before the
 * engine command runs, so nothing is written. Refused input like any other: the field is the
 * variable's name and the message says, in Vietnamese, why it was refused.
 */
public class RefusedVariableException extends InvalidInputException {

    public RefusedVariableException(String variable, String message) {
        super(variable, message);
    }
}
