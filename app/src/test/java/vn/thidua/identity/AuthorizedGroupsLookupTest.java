package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;

/**
 * The engine's group filter before authorization checks gives the same answer as the engine's own
 * (the user's groups that have any authorization) without reading every group of the city.
 */
@IntegrationTest
class AuthorizedGroupsLookupTest {

    @Autowired ProcessEngineConfigurationImpl engine;

    @Test
    void keepsExactlyTheUsersGroupsThatHaveAnAuthorization() {
        List<String> groups = List.of("thach-khoi.unit.tdp-03", "thach-khoi.chuyen-vien-tdkt", "no-such-group", "thach-khoi.unit.tdp-03");
        List<String> ours = engine.getCommandExecutorTxRequired().execute((Command<List<String>>) ctx -> {
            assertThat(ctx.getAuthorizationManager()).isInstanceOf(AuthorizedGroupsLookup.UserGroupsAuthorizationManager.class);
            return ctx.getAuthorizationManager().filterAuthenticatedGroupIds(groups);
        });
        List<String> engines = engine.getCommandExecutorTxRequired().execute((Command<List<String>>) ctx -> {
            List<String> all = ctx.getDbEntityManager().selectList("selectAuthorizedGroupIds");
            return groups.stream().distinct().filter(all::contains).toList();
        });
        assertThat(ours).containsExactlyInAnyOrder("thach-khoi.unit.tdp-03", "thach-khoi.chuyen-vien-tdkt")
                .containsExactlyInAnyOrderElementsOf(engines);
        assertThat(engine.getCommandExecutorTxRequired().execute(
                (Command<List<String>>) ctx -> ctx.getAuthorizationManager().filterAuthenticatedGroupIds(List.of()))).isEmpty();
    }
}
