package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** No coach: nobody guides us inside the account. */
@Component
class NoCoachRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.none(InfluenceRole.COACH) ? List.of(RaisedFlag.of(AutoFlagRule.NO_COACH)) : List.of();
    }
}
