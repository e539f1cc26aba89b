package com.headpin.stakeholders.internal;

import java.util.List;

import com.headpin.stakeholders.AutoFlagRule;
import org.springframework.stereotype.Component;

/** A buying influence without any personal win results recorded: we do not know what they win. */
@Component
class UnknownWinResultsRule implements RedFlagRule {

    @Override
    public List<RaisedFlag> raised(DealFacts facts) {
        return facts.influences().stream().filter(i -> facts.winResults().getOrDefault(i.id(), 0) == 0)
                .map(i -> new RaisedFlag(AutoFlagRule.UNKNOWN_WIN_RESULTS, i.contactId())).toList();
    }
}
