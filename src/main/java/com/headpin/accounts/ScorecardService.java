package com.headpin.accounts;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountRepository;
import com.headpin.accounts.internal.ScoreCriterion;
import com.headpin.accounts.internal.ScoreCriterionRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.security.Editors;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideal-customer scorecard. Directors set the criteria; whoever works on an account scores it 0–5 per
 * criterion. The fit score is the weighted share of the maximum, 0–100, over all criteria in use, unscored ones
 * counting as 0 (why: {@link FitScore}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScorecardService {


    private final ScoreCriterionRepository criteria;
    private final AccountService accounts;
    private final AccountRepository accountRepository;
    private final ApplicationEventPublisher events;

    ScorecardService(ScoreCriterionRepository criteria, AccountService accounts, AccountRepository accountRepository,
                     ApplicationEventPublisher events) {
        this.criteria = criteria;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria() {
        return criteria.findAllByOrderBySortOrderAsc().stream().map(ScoreCriterion::toCriterion).toList();
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public Criterion saveCriterion(@Nullable Long id, CriterionInput input) {
        InputRules rules = new InputRules().name("name", input.name(), 100);
        if (input.weight() < 1 || input.weight() > 10) {
            rules.reject("weight", "scorecard.weight.range");
        }
        for (int i = 0; i < input.levels().size(); i++) {
            rules.maxLength("level" + i, input.levels().get(i), 200);
        }
        rules.check();
        ScoreCriterion criterion;
        if (id == null) {
            criterion = new ScoreCriterion(criteria.findAll().size() + 1);
        } else {
            criterion = criteria.findById(id)
                    .orElseThrow(() -> InvalidInputException.of("criterion", "scorecard.not-found"));
            criterion.checkVersion(input.version());
        }
        criterion.apply(input);
        Criterion saved = criteria.saveAndFlush(criterion).toCriterion();
        recomputeAll();
        events.publishEvent(RecordChanged.of(AccountTopics.SCORE_CRITERION, saved.id(), Set.of(),
                AccountTopics.CRITERIA,
                AccountTopics.LIST));
        return saved;
    }

    /** The account's fit score and how many of the criteria in use it rests on. */
    @Transactional(readOnly = true)
    public FitScore fitOf(long accountId) {
        return FitScore.of(accounts.load(accountId).getScores(), activeWeights());
    }

    /** Scores one criterion of an account (0–5), or clears it with {@code null}. Returns the new fit score. */
    @Editors
    public FitScore score(long accountId, long criterionId, @Nullable Integer score) {
        Account account = accounts.load(accountId);
        if (score != null && (score < 0 || score > 5)) {
            throw InvalidInputException.of("score", "scorecard.score.range");
        }
        if (criteria.findById(criterionId).isEmpty()) {
            throw InvalidInputException.of("criterion", "scorecard.not-found");
        }
        if (score == null) {
            account.getScores().remove(criterionId);
        } else {
            account.getScores().put(criterionId, score);
        }
        FitScore fit = FitScore.of(account.getScores(), activeWeights());
        account.setFitScore(fit.score());
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, accountId, Set.of("scores", "fitScore"),
                AccountTopics.LIST));
        return fit;
    }

    /** One statement for all accounts: no account is loaded and none gets a new version. */
    private void recomputeAll() {
        accountRepository.recomputeFitScores();
    }

    private Map<Long, Integer> activeWeights() {
        return criteria.activeWeights();
    }

    /** The fit score; {@code AccountRepository.recomputeFitScores} computes the same in SQL. */
    static @Nullable BigDecimal fit(Map<Long, Integer> scores, Map<Long, Integer> weights) {
        return FitScore.of(scores, weights).score();
    }
}
