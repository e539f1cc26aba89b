package com.headpin.resources;

import java.time.YearMonth;
import java.util.List;

/**
 * Where expected demand for resources comes from, so the demand view sets it against capacity: the open deals'
 * stages (in this module), and later modules' plans ([Planning] implements this for approved plans; it depends on
 * resources, never the other way round). A Spring bean; the demand view adds up every source.
 */
public interface DemandSource {

    /** The i18n key naming the source (the chart's legend). */
    String labelKey();

    /**
     * Expected days per type per month from {@code from} to {@code to} (both included), of what the caller may see;
     * months without demand may be left out.
     */
    List<Demand> demand(YearMonth from, YearMonth to);
}
