package com.headpin;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Screens for the server-side benchmarks of live updates ("a change visible on 20 screens"): each a session of its
 * own (own lock, own UI with automatic push, logged in as the current test user, as Spring Security keeps it in the
 * HTTP session), whose pushes encode what would go to the browser and count instead of writing it.
 */
public final class BenchSessions {

    private BenchSessions() {
    }

    /**
     * As in the packaged app (production mode): Vaadin's development-mode component tracker keeps a stack trace for
     * every component created and attached (about 0.9 MB per board session), which production mode leaves out.
     * Karibu runs the app in development mode, so the tracker is switched off as production mode would.
     */
    public static void asInProduction() throws ReflectiveOperationException {
        Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
    }

    /**
     * A session with a UI on {@code route}; {@code prepare} runs in it before the first response is encoded (a grid's
     * first page asked for, as the browser would).
     */
    public static VaadinSession open(int index, String route, AtomicReference<Round> pushed, Consumer<UI> prepare) {
        VaadinService service = VaadinService.getCurrent();
        WrappedHttpSession http = new WrappedHttpSession(new FakeHttpSession("bench-" + index,
                ((VaadinServletService) service).getServlet().getServletContext(), System.currentTimeMillis(), 1800));
        SecurityContext login = new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
        http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, login);
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        http.setAttribute(service.getServiceName() + ".lock", lock);
        VaadinSession session = new VaadinSession(service);
        session.refreshTransients(http, service);
        UI previous = UI.getCurrent();
        VaadinSession previousSession = VaadinSession.getCurrent();
        try {
            UI ui = new UI();
            ui.getInternals().setSession(session);
            ui.doInit(VaadinRequest.getCurrent(), 10_000 + index, "bench");
            session.addUI(ui);
            VaadinSession.setCurrent(session);
            UI.setCurrent(ui);
            ui.navigate(route);
            prepare.accept(ui);
            // The first response, as for a browser opening the page.
            new UidlWriter().createUidl(ui, false);
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            ui.getInternals().setPushConnection(new EncodingOnlyPush(ui, pushed));
        } finally {
            UI.setCurrent(previous);
            VaadinSession.setCurrent(previousSession);
            session.unlock();
        }
        return session;
    }

    /** Empties the sessions' UIs, so their subscriptions end with the benchmark. */
    public static void close(List<VaadinSession> sessions) {
        for (VaadinSession session : sessions) {
            session.lock();
            try {
                session.getUIs().forEach(UI::removeAll);
            } finally {
                session.unlock();
            }
        }
    }

    /** p50, p95 and max of samples in microseconds, in milliseconds. */
    public static String percentiles(List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.2f ms", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.getLast() / 1000.0);
    }

    /** One change: done when every screen has pushed at least once since it was made. */
    public record Round(CountDownLatch done, Set<UI> pushed) {

        public static final Round NONE = new Round(new CountDownLatch(0));

        public Round(CountDownLatch done) {
            this(done, ConcurrentHashMap.newKeySet());
        }

        void pushedBy(UI ui) {
            if (pushed.add(ui)) {
                done.countDown();
            }
        }
    }

    /** Encodes what the UI would send, as the real push connection does, and counts it instead of writing it. */
    private record EncodingOnlyPush(UI ui, AtomicReference<Round> pushed) implements PushConnection {

        @Override
        public void push() {
            new UidlWriter().createUidl(ui, true);
            pushed.get().pushedBy(ui);
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
