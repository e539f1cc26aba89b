package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** A technical gatekeeper who is a sceptic or an opponent: can say no on technical grounds. */
@Component
class NegativeGatekeeperRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.with(InfluenceRole.TECHNICAL_GATEKEEPER).stream()
                .filter(i -> i.attitude() != null && i.attitude().isNegative())
                .map(i -> new RaisedFlag(AutoFlagRule.NEGATIVE_GATEKEEPER, i.contactId())).toList();
    }
}
