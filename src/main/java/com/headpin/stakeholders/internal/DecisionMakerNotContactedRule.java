package com.headpin.stakeholders.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;

import com.headpin.stakeholders.AutoFlagRule;
import com.headpin.stakeholders.InfluenceRole;
import org.springframework.stereotype.Component;

/** A key decision maker last contacted longer ago than the company allows (time-based: the daily check raises it). */
@Component
class DecisionMakerNotContactedRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.with(InfluenceRole.DECISION_MAKER).stream().filter(i -> i.coverage().lastContactDate() != null
                        && ChronoUnit.DAYS.between(i.coverage().lastContactDate(), facts.today()) > facts.noContactDays())
                .map(i -> new RaisedFlag(AutoFlagRule.DECISION_MAKER_NOT_CONTACTED, i.contactId())).toList();
    }
}
