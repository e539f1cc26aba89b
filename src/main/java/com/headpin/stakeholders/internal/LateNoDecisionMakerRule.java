package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.deals.DealStage;
import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** At the proposal or later and still no key decision maker: the late, sharper form of the missing one. */
@Component
class LateNoDecisionMakerRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.deal().stage().compareTo(DealStage.PROPOSAL) >= 0 && facts.none(InfluenceRole.DECISION_MAKER)
                ? List.of(RaisedFlag.of(AutoFlagRule.LATE_NO_DECISION_MAKER)) : List.of();
    }
}
