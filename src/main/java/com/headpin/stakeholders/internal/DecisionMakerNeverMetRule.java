package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** A key decision maker nobody on our side has ever contacted. */
@Component
class DecisionMakerNeverMetRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.with(InfluenceRole.DECISION_MAKER).stream().filter(i -> i.coverage().lastContactDate() == null)
                .map(i -> new RaisedFlag(AutoFlagRule.DECISION_MAKER_NEVER_MET, i.contactId())).toList();
    }
}
