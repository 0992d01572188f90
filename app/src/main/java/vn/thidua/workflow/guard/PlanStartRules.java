package vn.thidua.workflow.guard;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.workflow.RefusedVariableException;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * Who may start a plan's lifecycle, and with what. The ward and the initiator are the logged-in
 * person's own (from our {@code person} table), never what the request says: a start that names
 * another ward or another initiator is refused, not silently corrected, so the person learns that
 * the request was wrong. Only the ward's emulation specialist starts plans.
 */
@Component
class PlanStartRules {

    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final PlanRepository plans;

    PlanStartRules(PersonRepository people, AgencyRepository agencies, PlanRepository plans) {
        this.people = people;
        this.agencies = agencies;
        this.plans = plans;
    }

    /** The person starting a plan, who must be an emulation specialist of a ward. */
    Person specialistStarting(String userId) {
        return people.findByUsername(userId).filter(p -> p.hasRole(Role.SPECIALIST))
                .orElseThrow(() -> new AuthorizationException("Chỉ chuyên viên thi đua - khen thưởng của UBND xã/phường"
                        + " mới được khởi tạo kế hoạch."));
    }

    /**
     * A start by a logged-in person: the start form's fields; the ward and initiator only if they
     * are the person's own; a business key only for a draft plan of the person's ward that has no
     * lifecycle yet (what {@link PlanProcess#start} sends for an imported plan).
     */
    void check(String userId, String businessKey, Map<String, ?> variables) {
        Person person = specialistStarting(userId);
        Agency ward = agencies.findById(person.getAgencyId()).orElseThrow();
        for (Map.Entry<String, ?> variable : variables.entrySet()) {
            String name = variable.getKey();
            String value = variable.getValue() == null ? null : String.valueOf(plain(variable.getValue()));
            if (PlanLifecycleModel.AGENCY_CODE.equals(name)) {
                if (!ward.getCode().equals(value)) {
                    throw refused(name, "Không được khởi tạo kế hoạch cho UBND xã/phường khác (" + value + "): bạn thuộc "
                            + ward.getName() + ".");
                }
            } else if (PlanLifecycleModel.INITIATOR.equals(name)) {
                if (!userId.equals(value)) {
                    throw refused(name, "Người khởi tạo kế hoạch là người đăng nhập (" + userId + "), không ghi thay người khác ("
                            + value + ").");
                }
            } else if (!TaskForms.PLAN_START.accepts(name)) {
                throw refused(name, "Biểu mẫu khởi tạo kế hoạch không có trường \"" + name + "\".");
            }
        }
        if (businessKey != null && !businessKey.isEmpty()) {
            Plan plan = businessKey.matches("\\d+") ? plans.findById(Long.parseLong(businessKey)).orElse(null) : null;
            if (plan == null || !plan.getAgencyId().equals(ward.getId()) || plan.getProcessInstanceId() != null
                    || plan.getStatus() != PlanStatus.DRAFT) {
                throw refused("businessKey", "Mã kế hoạch \"" + businessKey + "\" không phải một dự thảo chưa khởi tạo của "
                        + ward.getName() + ".");
            }
        }
    }

    private static Object plain(Object value) {
        return value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value;
    }

    private static RefusedVariableException refused(String variable, String message) {
        return new RefusedVariableException(variable, "Không khởi tạo được kế hoạch: " + message);
    }
}
