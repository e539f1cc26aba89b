package com.headpin.collaboration;

import java.time.Clock;

import com.headpin.shared.Actor;
import org.hibernate.envers.RevisionListener;

/**
 * Fills a new revision with the logged-in user and the application clock (tests move it). Hibernate asks Spring for
 * this listener, so the clock is injected.
 */
class RevisionUserListener implements RevisionListener {

    private static final int NAME_LENGTH = 100;

    private final Clock clock;

    RevisionUserListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        Actor actor = Actor.current().orElse(null);
        if (actor == null || actor.userId() == 0) {
            // Start-up work (demo data) runs as the system, which has no account.
            revision.stamp(clock.instant(), null, actor == null ? null : truncate(actor.fullName()));
        } else {
            revision.stamp(clock.instant(), actor.userId(), truncate(actor.fullName()));
        }
    }

    private static String truncate(String name) {
        if (name.length() <= NAME_LENGTH) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(NAME_LENGTH - 1)) ? NAME_LENGTH - 1 : NAME_LENGTH;
        return name.substring(0, end);
    }
}
