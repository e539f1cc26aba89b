package com.headpin.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.headpin.collaboration.Broadcasts;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sessions end when rights end. Disabling a user, changing their roles or their password raises their credentials
 * version ({@link #end}); after commit every node hears of it ({@link SessionsEnded} over {@code Broadcasts}) and
 * sends that user's open tabs to the log-in page, and {@link EndedSessionFilter} ends the session at that request,
 * or at the next one (a heartbeat within 30 s) if the broadcast was lost. The log-in page says the session ended.
 * <p>
 * A change the user makes to themselves (their own password, an administrator's own roles) keeps the session it was
 * made in, with the new rights; their other sessions end.
 */
@Component
public class SessionEnding implements VaadinServiceInitListener {

    private static final String ENDED_NOTICE = SessionEnding.class.getName() + ".ended";
    /** The log-in route, relative to the application's base URL. */
    private static final String LOG_IN = "login";

    private final Broadcasts broadcasts;
    private final CredentialsVersions versions;
    private final CurrentUser currentUser;
    /** This node's Vaadin sessions and the log-in (Spring's context object, kept in the HTTP session) of each. */
    private final Map<VaadinSession, SecurityContext> logIns = new ConcurrentHashMap<>();

    SessionEnding(Broadcasts broadcasts, CredentialsVersions versions, CurrentUser currentUser) {
        this.broadcasts = broadcasts;
        this.versions = versions;
        this.currentUser = currentUser;
        broadcasts.listen(UserTopics.SESSIONS, SessionsEnded.class, this::endHere);
    }

    /** The log-in page's notice: true once after {@link EndedSessionFilter} ended this browser's session. */
    public static boolean takeEndedNotice(WrappedSession session) {
        boolean ended = session.getAttribute(ENDED_NOTICE) != null;
        session.removeAttribute(ENDED_NOTICE);
        return ended;
    }

    static void noteEnded(HttpSession session) {
        session.setAttribute(ENDED_NOTICE, Boolean.TRUE);
    }

    /** Inside the service's transaction: every log-in of {@code user} ends once it commits (but the own one). */
    void end(AppUser user) {
        user.endSessions();
        HeadpinUserPrincipal renewed = HeadpinUserPrincipal.of(user, false);
        boolean own = currentUser.principal().map(me -> me.userId() == renewed.userId()).orElse(false);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (own) {
                    keepCurrentLogIn(renewed);
                }
                broadcasts.send(UserTopics.SESSIONS, new SessionsEnded(renewed.userId(),
                        renewed.credentialsVersion()));
            }
        });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            SecurityContext context = SecurityContextHolder.getContext();
            if (context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof HeadpinUserPrincipal) {
                logIns.put(init.getUI().getSession(), context);
            }
        });
        event.getSource().addSessionDestroyListener(destroy -> logIns.remove(destroy.getSession()));
    }

    /** Runs on the delivering thread: forget the cached version, and send the user's tabs here to the log-in page. */
    private void endHere(SessionsEnded ended) {
        versions.forget(ended.userId());
        logIns.forEach((session, context) -> {
            if (isEndedBy(context, ended)) {
                // Opening it is a request: EndedSessionFilter ends the session, and the page says so.
                session.access(() -> session.getUIs().forEach(ui -> ui.getPage().setLocation(LOG_IN)));
            }
        });
    }

    private static boolean isEndedBy(SecurityContext context, SessionsEnded ended) {
        Authentication authentication = context.getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof HeadpinUserPrincipal principal
                && principal.userId() == ended.userId()
                && principal.credentialsVersion() < ended.credentialsVersion();
    }

    /** Vaadin keeps the session's context object in the HTTP session: changing it holds for its next requests. */
    private static void keepCurrentLogIn(HeadpinUserPrincipal renewed) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        UsernamePasswordAuthenticationToken renewedLogIn = UsernamePasswordAuthenticationToken.authenticated(
                renewed, null, renewed.getAuthorities());
        if (previous != null) {
            renewedLogIn.setDetails(previous.getDetails());
        }
        context.setAuthentication(renewedLogIn);
    }
}
