package com.headpin.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * Logs errors that may repeat without flooding the log: the first of a kind with its stack trace, later ones only
 * as counts — when the count reaches 10, 100, 1000, … and at each {@link #report()} (the owner calls it now and
 * then, and when the node stops). Errors are of one kind when the message and the exceptions' types and stack
 * frames match; exception messages may differ (ids, times). At most {@value #MAX_KINDS} kinds are remembered.
 */
public final class RepeatedErrors {

    static final int MAX_KINDS = 100;
    private static final int FRAMES_PER_CAUSE = 12;
    private static final int MAX_CAUSES = 8;

    private final Logger log;
    // Access order, so that the kind seen least recently is the one forgotten when the map is full.
    private final LinkedHashMap<String, Kind> kinds = new LinkedHashMap<>(16, 0.75f, true);

    public RepeatedErrors(Logger log) {
        this.log = log;
    }

    public void error(String message, Throwable error) {
        record(Level.ERROR, message, error);
    }

    public void warn(String message, Throwable error) {
        record(Level.WARN, message, error);
    }

    /** Logs how often each kind repeated since its last line, and forgets the kinds that did not repeat. */
    public void report() {
        List<Kind> repeated = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Kind> it = kinds.values().iterator(); it.hasNext(); ) {
                Kind kind = it.next();
                if (kind.count > kind.reported) {
                    kind.reported = kind.count;
                    repeated.add(kind.copy());
                } else {
                    it.remove();
                }
            }
        }
        repeated.forEach(this::logCount);
    }

    private void record(Level level, String message, Throwable error) {
        String signature = message + "\n" + signature(error);
        Kind first = null;
        Kind counted = null;
        Kind forgotten = null;
        synchronized (this) {
            Kind kind = kinds.get(signature);
            if (kind == null) {
                if (kinds.size() >= MAX_KINDS) {
                    Iterator<Kind> eldest = kinds.values().iterator();
                    Kind old = eldest.next();
                    eldest.remove();
                    forgotten = old.count > old.reported ? old.copy() : null;
                }
                first = new Kind(level, message, summary(error));
                kinds.put(signature, first);
            } else {
                kind.count++;
                kind.lastSummary = summary(error);
                if (isPowerOfTen(kind.count)) {
                    kind.reported = kind.count;
                    counted = kind.copy();
                }
            }
        }
        if (forgotten != null) {
            logCount(forgotten);
        }
        if (first != null) {
            log.atLevel(level).setCause(error).log(message);
        } else if (counted != null) {
            logCount(counted);
        }
    }

    private void logCount(Kind kind) {
        log.atLevel(kind.level).log("{} — the same error {} times since it was logged with its stack trace; last: {}",
                kind.message, kind.count, kind.lastSummary);
    }

    private static boolean isPowerOfTen(long n) {
        long p = 10;
        while (p < n) {
            p *= 10;
        }
        return p == n;
    }

    private static String summary(Throwable error) {
        Throwable root = error;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** The exception types and their first frames, along the cause chain. */
    private static String signature(Throwable error) {
        StringBuilder signature = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_CAUSES && seen.add(t); depth++, t = t.getCause()) {
            signature.append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
                signature.append(frames[i]).append('\n');
            }
        }
        return signature.toString();
    }

    private static final class Kind {
        private final Level level;
        private final String message;
        private String lastSummary;
        private long count = 1;
        private long reported = 1;

        Kind(Level level, String message, String lastSummary) {
            this.level = level;
            this.message = message;
            this.lastSummary = lastSummary;
        }

        Kind copy() {
            Kind copy = new Kind(level, message, lastSummary);
            copy.count = count;
            copy.reported = reported;
            return copy;
        }
    }

    /** Kinds remembered now (for tests). */
    synchronized int size() {
        return kinds.size();
    }
}
