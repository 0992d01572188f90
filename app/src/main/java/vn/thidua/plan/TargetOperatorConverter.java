package vn.thidua.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the operator as the plan data writes it (">=", "boolean", "plan"). */
@Converter
class TargetOperatorConverter implements AttributeConverter<TargetOperator, String> {

    @Override
    public String convertToDatabaseColumn(TargetOperator operator) {
        return operator == null ? null : operator.code();
    }

    @Override
    public TargetOperator convertToEntityAttribute(String code) {
        return code == null ? null : TargetOperator.fromCode(code);
    }
}
