package com.headpin.stakeholders.internal;

import java.util.List;

/** One automatic red-flag rule (a Spring bean): the flags it raises on an open deal, none when all is well. */
public interface RedFlagRule {

    List<RaisedFlag> raised(DealFacts facts);
}
