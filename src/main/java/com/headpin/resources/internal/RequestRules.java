package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.headpin.resources.RequestInput;
import com.headpin.resources.ResourceType;
import com.headpin.resources.StageActivity;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;

/** The checks of a new request; the type it is for (a named person's, if one is named). */
public final class RequestRules {

    /** Negotiation takes at least a full day with sales, technical support and service present. */
    public static final BigDecimal NEGOTIATION_MINIMUM = BigDecimal.ONE;

    private RequestRules() {
    }

    /** Days from {@code startsOn} to {@code endsOn} (a request's, an absence's): both given, in order, in range. */
    public static void span(InputRules rules, @Nullable LocalDate startsOn,
                            @Nullable LocalDate endsOn) {
        rules.date("startsOn", startsOn).date("endsOn", endsOn);
        if (startsOn == null) {
            rules.reject("startsOn", "validation.required");
        }
        if (endsOn == null) {
            rules.reject("endsOn", "validation.required");
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            rules.reject("endsOn", "resource.dates.order");
        }
    }

    public static ResourceType check(RequestInput input, ResourceRepository resources) {
        InputRules rules = new InputRules()
                .maxLength("justification", input.justification(), ResourceRequest.TEXT_MAX_LENGTH);
        ResourceType type = input.type();
        if (input.wantedResourceId() != null) {
            Resource wanted = resources.findById(input.wantedResourceId()).filter(Resource::isActive).orElse(null);
            if (wanted == null) {
                rules.reject("person", "validation.invalid-choice");
            } else {
                type = wanted.getType();
            }
        }
        if (type == null) {
            rules.reject("type", "validation.required");
        }
        if (input.activity() == null) {
            rules.reject("activity", "validation.required");
        }
        span(rules, input.startsOn(), input.endsOn());
        BigDecimal effort = input.effortDays();
        if (effort == null) {
            rules.reject("effort", "validation.required");
        } else if (effort.signum() <= 0 || effort.stripTrailingZeros().scale() > 1 || effort.compareTo(ResourceRequest.MAX_EFFORT_DAYS) > 0) {
            rules.reject("effort", "resource.effort.range");
        } else if (input.activity() == StageActivity.NEGOTIATION && effort.compareTo(NEGOTIATION_MINIMUM) < 0) {
            rules.reject("effort", "resource.effort.negotiation");
        }
        rules.check();
        return Objects.requireNonNull(type);
    }
}
