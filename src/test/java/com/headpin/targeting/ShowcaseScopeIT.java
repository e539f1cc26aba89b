package com.headpin.targeting;

import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.TestSessions;
import com.headpin.accounts.Industry;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Showcase evidence follows its head pin's scope: outside one's part it is not found, like missing evidence. */
@HeadpinTest
class ShowcaseScopeIT {

    @Autowired
    BeachheadService beachheads;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void evidenceOnAnotherRegionsHeadPinIsNotFoundAndAConsultantAddsNone() {
        Showcase evidence = as("rep", () -> beachheads.view(Industry.BANKING).headPins().getFirst().showcase()
                .getFirst());
        for (long id : new long[] {evidence.id(), Long.MAX_VALUE}) {
            assertThatThrownBy(() -> as("rep3", () -> {
                beachheads.removeShowcase(id, evidence.version());
                return null;
            })).isInstanceOfSatisfying(InvalidInputException.class,
                    invalid -> assertThat(invalid.fieldErrors()).containsEntry("showcase", "bowling.not-found"));
        }
        // The consultant sees the Manufacturing head pin (their team's) but records no evidence on it.
        long theirs = as("consultant", () -> beachheads.view(Industry.MANUFACTURING).headPins().getFirst().account()
                .id());
        assertThatThrownBy(() -> as("consultant", () -> {
            beachheads.addShowcase(theirs, ShowcaseKind.CASE_STUDY, null, null, "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
