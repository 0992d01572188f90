package vn.thidua.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role and unit sees: one per group (its own work queue) plus the
 * personal "assigned to me" list. Only the group it is meant for can read a filter.
 */
@Component
class TasklistFilters {

    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "planTitle", "label", "Kế hoạch"),
            Map.of("name", "unitName", "label", "Đơn vị"));

    /** The personal filter before "Việc cần làm"; deleted when "Việc cần làm" is first created. */
    static final String RETIRED_PERSONAL_FILTER = "Việc được giao cho tôi";

    private final FilterService filters;
    private final TaskService tasks;
    private final EngineAuthorizations grants;

    TasklistFilters(FilterService filters, TaskService tasks, EngineAuthorizations grants) {
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
    }

    /** A filter listing the open tasks of one candidate group, readable by that group only. */
    void ensureGroupFilter(IdentitySnapshot known, String groupId, String name, int priority) {
        String filterId = known.filterIdByName.get(name);
        if (filterId == null) {
            TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().orderByDueDate().asc();
            filterId = create(known, name, query, priority, "Việc của nhóm " + groupId);
        }
        grants.grantGroup(known, groupId, Resources.FILTER, filterId, Permissions.READ);
    }

    /**
     * "Việc cần làm", the first filter of every official: the open tasks of any group the person
     * is in (roles and units) that nobody has taken yet, and the tasks assigned to the person,
     * most urgent first. Readable by the given groups; it replaces the earlier personal filter
     * "Việc được giao cho tôi", which showed nothing until a task was claimed.
     */
    void ensurePersonalFilter(IdentitySnapshot known, String name, List<String> readerGroups) {
        String filterId = known.filterIdByName.get(name);
        if (filterId == null) {
            TaskQuery query = tasks.createTaskQuery()
                    .or()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskAssigneeExpression("${currentUser()}")
                    .endOr()
                    .orderByDueDate().asc()
                    .orderByTaskCreateTime().asc();
            filterId = create(known, name, query, -20, "Việc của tôi và của các nhóm, đơn vị tôi thuộc; việc gần hạn lên trước");
            for (Filter old : filters.createFilterQuery().filterName(RETIRED_PERSONAL_FILTER).list()) {
                filters.deleteFilter(old.getId());
                known.writes++;
            }
        }
        for (String group : readerGroups) {
            grants.grantGroup(known, group, Resources.FILTER, filterId, Permissions.READ);
        }
    }

    private String create(IdentitySnapshot known, String name, TaskQuery query, int priority, String description) {
        Filter filter = filters.newTaskFilter(name)
                .setOwner(null)
                .setQuery(query)
                .setProperties(Map.of(
                        "description", description,
                        "priority", priority,
                        "refresh", true,
                        "showUndefinedVariable", false,
                        "variables", COLUMNS));
        String id = filters.saveFilter(filter).getId();
        known.filterIdByName.put(name, id);
        known.writes++;
        return id;
    }
}
