package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.deals.DealStage;
import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** No key decision maker named yet, before the proposal (from then on {@link LateNoDecisionMakerRule}). */
@Component
class NoDecisionMakerRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.deal().stage().compareTo(DealStage.PROPOSAL) < 0 && facts.none(InfluenceRole.DECISION_MAKER)
                ? List.of(RaisedFlag.of(AutoFlagRule.NO_DECISION_MAKER)) : List.of();
    }
}
