package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.support.IntegrationTest;

/**
 * The specialist's check of a whole round: evaluated without the engine's decision history, so
 * each proposal keeps its result, reasons, the deployed table that gave them and the computed
 * "LĐTT in the same year" input; a second check rewrites only what changed.
 */
@IntegrationTest
class RoundCheckTest {

    @Autowired AwardFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired RoundCheckService roundCheck;
    @Autowired AwardProposalRepository repository;
    @Autowired HistoryService history;
    @Autowired RepositoryService engineRepository;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theRoundsResultsAreStoredOnTheProposalsNotInTheEnginesDecisionHistory() {
        AwardRound round = fixtures.round("tdp-04", "tdp-05");
        AwardProposal ldtt = proposals.create(round.getPlanId(), fixtures.unit("tdp-04"), "test",
                AwardFixtures.individual("Phan Thị Mỹ Linh", "Nữ", "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false));
        AwardProposal cstdcs = proposals.create(round.getPlanId(), fixtures.unit("tdp-04"), "test",
                AwardFixtures.individual("Phan Thi My Linh", "Nữ", "CHIEN_SI_THI_DUA_CO_SO", "XUAT_SAC", false));
        AwardProposal alone = proposals.create(round.getPlanId(), fixtures.unit("tdp-05"), "test",
                AwardFixtures.individual("Trịnh Văn Khải", "Nam", "CHIEN_SI_THI_DUA_CO_SO", "TOT", true));
        fixtures.send(round, "tdp-04", "tdp-05");
        String latest = engineRepository.createDecisionDefinitionQuery().decisionDefinitionKey("awardEligibility")
                .withoutTenantId().latestVersion().singleResult().getId();
        // a unit's proposal goes through the engine: its evaluation is in the decision history
        assertThat(repository.findById(cstdcs.getId()).orElseThrow().getRuleDecision()).isEqualTo(latest);
        jdbc.update("UPDATE award_proposal SET rule_eligible = NULL, rule_reasons = NULL, rule_decision = NULL,"
                + " rule_ldtt_same_year = NULL WHERE plan_id = ?", round.getPlanId());
        long decisions = history.createHistoricDecisionInstanceQuery().count();

        RoundCheckService.RoundCheck check = roundCheck.check(round.getPlanId());

        assertThat(history.createHistoricDecisionInstanceQuery().count()).as("no decision history for a round").isEqualTo(decisions);
        assertThat(check.proposals()).isEqualTo(3);
        assertThat(check.eligible()).isEqualTo(2);
        assertThat(check.written()).isEqualTo(3);
        AwardProposal l = repository.findById(ldtt.getId()).orElseThrow();
        AwardProposal c = repository.findById(cstdcs.getId()).orElseThrow();
        AwardProposal a = repository.findById(alone.getId()).orElseThrow();
        assertThat(l.getRuleEligible()).isTrue();
        assertThat(l.getRuleReasons()).isNull();
        assertThat(c.getRuleEligible()).isTrue();
        assertThat(c.getRuleLdttSameYear()).as("LĐTT proposed for the same person in this round").isTrue();
        assertThat(a.getRuleEligible()).isFalse();
        assertThat(a.getRuleLdttSameYear()).isFalse();
        assertThat(a.getRuleReasons()).isEqualTo("Chiến sĩ thi đua cơ sở: phải đạt danh hiệu Lao động tiên tiến trong cùng năm"
                + " (Luật Thi đua, khen thưởng Điều 23).");
        assertThat(java.util.List.of(l, c, a)).allSatisfy(p -> assertThat(p.getRuleDecision()).isEqualTo(latest));

        assertThat(roundCheck.check(round.getPlanId()).written()).as("nothing changed since").isZero();
    }
}
