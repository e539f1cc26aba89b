package com.headpin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.headpin.accounts.Industry;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table behind {@code AccessMatrixTest}: one row per public method of a module's API service (a public
 * {@code @Service} class in a module's base package), one cell per kind of user on a record inside and outside their
 * part of the company. A cell is {@code Y} (allowed: the call returns, and a read shows the record), {@code N}
 * (refused: access denied, or "not found" — the same answer as for a missing record —, or a read that leaves the
 * record out) or {@code -} (no such record: an administrator sees everything). Each cell runs in its own transaction,
 * rolled back, so cells never see each other's writes.
 */
final class AccessMatrix {

    /** The kinds of user, each with the demo user who plays them (see demo.OrganisationDemoData). */
    enum Actor {
        ADMIN("admin"),
        OTHER_REGION_DIRECTOR("north.director"),
        TEAM_MANAGER("manager"),
        TEAM_REP("rep"),
        OTHER_TEAM_REP("rep3"),
        RESOURCE("consultant");

        final String username;

        Actor(String username) {
            this.username = username;
        }
    }

    /** A cell's call; its result decides Y or N (see {@link #outcome}). */
    @FunctionalInterface
    interface Call {
        @Nullable Object run(Cell cell) throws Exception;
    }

    /** A cell's call of a method that returns nothing: Y unless it throws a refusal. */
    @FunctionalInterface
    interface Action {
        void run(Cell cell) throws Exception;
    }

    record Row(String key, String expected, Call call) {
    }

    /** Ids of one set of demo records that belong together: an account of a team and what hangs on it. */
    record Records(String accountName, Industry industry, long accountId, long teamId, String teamName,
                   long regionId, long ownerId, String ownerUsername, long contactId, long planId, int planYear,
                   long goalId, long actionId, long relationshipId, long headPinId, long showcaseId,
                   long dealId, String dealName) {
    }

    /**
     * One cell: who calls, on which records. {@link #as} prepares what a call needs as another user (a comment to
     * edit, a team to delete) inside the cell's transaction, then logs the actor back in.
     */
    record Cell(Actor actor, long userId, Records records, boolean inside, Function<String, Authentication> logins) {

        <T> T as(String username, Callable<T> work) throws Exception {
            SecurityContextHolder.getContext().setAuthentication(logins.apply(username));
            try {
                return work.call();
            } finally {
                SecurityContextHolder.getContext().setAuthentication(logins.apply(actor.username));
            }
        }

        <T> T asAdmin(Callable<T> work) throws Exception {
            return as(Actor.ADMIN.username, work);
        }

        long account() {
            return records.accountId();
        }

        long deal() {
            return records.dealId();
        }

        long plan() {
            return records.planId();
        }

        long owner() {
            return records.ownerId();
        }
    }

    private static final int CELLS = Actor.values().length * 2;

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, String> exempt = new TreeMap<>();

    /**
     * A row: {@code expected} lists the cells in {@link Actor} order, inside then outside, e.g.
     * {@code "Y- YN YN YN YN NN"} (admin inside; each other actor inside and outside). {@code method} is the name and
     * the parameters' simple type names, e.g. {@code "update(long,AccountInput)"}.
     */
    AccessMatrix row(Class<?> service, String method, String expected, Call call) {
        String key = service.getSimpleName() + "." + method;
        String cells = expected.replace(" ", "");
        if (!cells.matches("[YN]-([YN][YN]){" + (Actor.values().length - 1) + "}")) {
            throw new IllegalArgumentException(key + ": expected cells like \"Y- YN YN YN YN NN\", not " + expected);
        }
        if (rows.putIfAbsent(key, new Row(key, cells, call)) != null || exempt.containsKey(key)) {
            throw new IllegalStateException("two rows for " + key);
        }
        return this;
    }

    /** A row for a method that returns nothing (a name of its own: a lambda would fit both kinds of row). */
    AccessMatrix rowVoid(Class<?> service, String method, String expected, Action action) {
        return row(service, method, expected, cell -> {
            action.run(cell);
            return null;
        });
    }

    /** Methods that hand out and change no records (live-update plumbing, log-in), each with the reason. */
    AccessMatrix exempt(Class<?> service, String why, String... methods) {
        if (why.isBlank()) {
            throw new IllegalArgumentException("an exemption needs its reason");
        }
        for (String method : methods) {
            String key = service.getSimpleName() + "." + method;
            if (exempt.putIfAbsent(key, why) != null || rows.containsKey(key)) {
                throw new IllegalStateException("two entries for " + key);
            }
        }
        return this;
    }

    boolean isExempt(String key) {
        return exempt.containsKey(key);
    }

    /** Public methods of module API services ({@link ApiServiceMethods}) without a row or an exemption. */
    List<String> missingRows(ApplicationContext context) {
        return ApiServiceMethods.all(context).keySet().stream()
                .filter(key -> !rows.containsKey(key) && !exempt.containsKey(key)).toList();
    }

    /** Rows and exemptions for methods that no longer exist. */
    List<String> staleRows(ApplicationContext context) {
        Set<String> methods = ApiServiceMethods.all(context).keySet();
        List<String> stale = new ArrayList<>();
        rows.keySet().stream().filter(key -> !methods.contains(key)).forEach(stale::add);
        exempt.keySet().stream().filter(key -> !methods.contains(key)).forEach(stale::add);
        return stale;
    }

    /**
     * Runs every cell, each in its own rolled-back transaction and logged in as its actor, and returns the report of
     * the rows whose cells differ from the expected ones and of the calls that failed otherwise; empty if none.
     */
    String check(TransactionTemplate transactions, Function<String, Authentication> logins,
                 Map<Actor, Long> userIds, Map<Actor, Records> inside, Map<Actor, Records> outside) {
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Row row : rows.values()) {
            StringBuilder cells = new StringBuilder();
            for (Actor actor : Actor.values()) {
                for (boolean in : new boolean[] {true, false}) {
                    Records records = in ? inside.get(actor) : outside.get(actor);
                    if (records == null) {
                        cells.append('-');
                        continue;
                    }
                    Cell cell = new Cell(actor, userIds.get(actor), records, in, logins);
                    cells.append(run(transactions, row, cell, failures));
                }
            }
            actual.put(row.key(), cells.toString());
        }
        return report(actual, failures);
    }

    private static char run(TransactionTemplate transactions, Row row, Cell cell, List<String> failures) {
        try {
            Character result = transactions.execute(status -> {
                status.setRollbackOnly();
                SecurityContextHolder.getContext().setAuthentication(cell.logins().apply(cell.actor().username));
                try {
                    return outcome(row.call(), cell);
                } catch (Exception e) {
                    throw new CellFailed(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            return result == null ? '!' : result;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CellFailed ? e.getCause() : e;
            failures.add(row.key() + " / " + cell.actor() + (cell.inside() ? " inside" : " outside") + ": " + cause);
            return '!';
        }
    }

    /** {@code Y} or {@code N} for what a call did; anything but a refusal is the test's failure. */
    static char outcome(Call call, Cell cell) throws Exception {
        try {
            Object result = call.run(cell);
            if (result instanceof Boolean shown) {
                return shown ? 'Y' : 'N';
            }
            if (result instanceof Optional<?> optional) {
                return optional.isPresent() ? 'Y' : 'N';
            }
            return 'Y';
        } catch (AccessDeniedException refused) {
            return 'N';
        } catch (InvalidInputException invalid) {
            if (invalid.fieldErrors().values().stream().anyMatch(AccessMatrix::isRefusal)) {
                return 'N';
            }
            throw invalid;
        }
    }

    /** "Not found" (missing and forbidden answer alike) or "outside your part of the company". */
    static boolean isRefusal(String key) {
        return key.endsWith("not-found") || key.endsWith(".outside") || key.endsWith(".out-of-sight")
                || key.endsWith(".managers-only");
    }

    /** The call's result, or {@code false} (refused) when it throws input errors with {@code key}. */
    static @Nullable Object refusedAs(String key, Callable<?> call) throws Exception {
        try {
            return call.call();
        } catch (InvalidInputException invalid) {
            if (invalid.fieldErrors().containsValue(key)) {
                return false;
            }
            throw invalid;
        }
    }

    private String report(Map<String, String> actual, List<String> failures) {
        boolean differs = actual.entrySet().stream()
                .anyMatch(cells -> !cells.getValue().equals(rows.get(cells.getKey()).expected()));
        if (!differs && failures.isEmpty()) {
            return "";
        }
        int width = actual.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder report = new StringBuilder("\nAccess matrix (Y allowed, N refused, - no record, ! failed; "
                + "cells: admin, other region's director, team manager, team rep, other team's rep, resource; "
                + "each inside then outside their part). Rows marked * differ:\n");
        report.append(String.format("  %-" + width + "s  %-17s  %s%n", "method", "expected", "actual"));
        actual.forEach((key, cells) -> {
            String expected = rows.get(key).expected();
            report.append(String.format("%s %-" + width + "s  %s  %s%n", cells.equals(expected) ? " " : "*", key,
                    spaced(expected), spaced(cells)));
        });
        if (!failures.isEmpty()) {
            report.append("Calls that failed with something else than a refusal:\n");
            failures.forEach(failure -> report.append("  ").append(failure).append('\n'));
        }
        return report.toString();
    }

    /** "Y-YNYN…" as "Y- YN YN …", one pair per actor. */
    private static String spaced(String cells) {
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < CELLS; i += 2) {
            spaced.append(i == 0 ? "" : " ").append(cells, i, i + 2);
        }
        return spaced.toString();
    }

    /** Carries a checked exception out of the transaction callback. */
    private static final class CellFailed extends RuntimeException {
        CellFailed(Exception cause) {
            super(cause);
        }
    }
}
