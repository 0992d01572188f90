package vn.thidua.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check the engine keeps only those of the user's groups that have any
 * authorization at all, and finds them by reading every distinct group id of ACT_RU_AUTHORIZATION
 * (once per command). A city has a group per unit, so every Tasklist call of every unit head
 * grew with the number of units in the city. Same answer, asked the other way round: which of
 * <em>this user's</em> groups have an authorization (an index lookup per group).
 */
@Component
class AuthorizedGroupsLookup extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UserGroupsAuthorizationManager();
            }
        });
    }

    /** The engine's manager with the group filter limited to the authenticated user's groups. */
    static class UserGroupsAuthorizationManager extends AuthorizationManager {

        private final Map<List<String>, List<String>> filtered = new HashMap<>();

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return Collections.emptyList();
            }
            return filtered.computeIfAbsent(List.copyOf(authenticatedGroupIds), UserGroupsAuthorizationManager::withAuthorizations);
        }

        private static List<String> withAuthorizations(List<String> groups) {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groups));
            DbSqlSession session = Context.getCommandContext().getDbSqlSession();
            String table = session.getDbSqlSessionFactory().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
            String sql = "SELECT DISTINCT GROUP_ID_ FROM " + table + " WHERE GROUP_ID_ IN ("
                    + String.join(",", Collections.nCopies(distinct.size(), "?")) + ")";
            Connection connection = session.getSqlSession().getConnection();
            List<String> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < distinct.size(); i++) {
                    statement.setString(i + 1, distinct.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Cannot read the authorized groups of the current user", e);
            }
            return result;
        }
    }
}
