package com.headpin.stakeholders;

import java.util.List;
import java.util.Set;

import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.PersonalWinResultRepository;
import com.headpin.stakeholders.internal.WinResult;
import com.headpin.stakeholders.internal.WinResultRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's catalogue of standard win results (domain notes, section 5), in English and Chinese. Everyone
 * logged in reads it (the exercise's pool); directors and administrators add, rename, reorder and deactivate
 * entries, each on the version they loaded. An entry some deal uses is deactivated instead of deleted, so the win
 * results already sorted keep their label.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WinResultCatalogService {

    /** The longest label, in either language. */
    public static final int LABEL_MAX_LENGTH = WinResult.LABEL_MAX_LENGTH;

    private static final String EDITORS = "hasAnyRole('DIRECTOR', 'ADMIN')";

    private final WinResultRepository catalog;
    private final PersonalWinResultRepository assigned;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    WinResultCatalogService(WinResultRepository catalog, PersonalWinResultRepository assigned,
                            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.assigned = assigned;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every entry, active or not, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<StandardWinResult> list() {
        return catalog.findAllByOrderByPositionAscIdAsc().stream().map(WinResult::toRecord).toList();
    }

    /** Whether the caller may edit the catalogue (directors and administrators), for the page's buttons. */
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    /** Adds an entry at the end ({@code id} null) or changes one as loaded. At least one label is needed. */
    @PreAuthorize(EDITORS)
    public StandardWinResult save(@Nullable Long id, StandardWinResultInput input) {
        String english = input.labelEn() == null ? "" : input.labelEn().strip();
        String chinese = input.labelZh() == null ? "" : input.labelZh().strip();
        InputRules rules = new InputRules();
        if (english.isEmpty() && chinese.isEmpty()) {
            rules.reject("labelEn", "win-result.label.required");
        }
        if (!english.isEmpty()) {
            rules.name("labelEn", english, WinResult.LABEL_MAX_LENGTH);
        }
        if (!chinese.isEmpty()) {
            rules.name("labelZh", chinese, WinResult.LABEL_MAX_LENGTH);
        }
        if (input.kind() == null) {
            rules.reject("kind", "validation.required");
        }
        WinResult entry = id == null ? new WinResult(catalog.maxPosition() + 1) : load(id);
        if (id != null) {
            entry.checkVersion(input.version());
        }
        rules.check();
        entry.apply(english, chinese, java.util.Objects.requireNonNull(input.kind()), input.active());
        catalog.saveAndFlush(entry);
        announce(entry);
        return entry.toRecord();
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code 1}), swapping with its neighbour. */
    @PreAuthorize(EDITORS)
    public List<StandardWinResult> move(long id, long version, int direction) {
        WinResult entry = load(id);
        entry.checkVersion(version);
        List<WinResult> all = catalog.findAllByOrderByPositionAscIdAsc();
        int at = all.indexOf(entry);
        int to = at + Integer.signum(direction);
        if (direction != 0 && to >= 0 && to < all.size()) {
            WinResult neighbour = all.get(to);
            // Positions may have gaps or ties: number them all again, then swap the two.
            for (int i = 0; i < all.size(); i++) {
                int position = i == at ? to + 1 : i == to ? at + 1 : i + 1;
                if (all.get(i).getPosition() != position) {
                    all.get(i).setPosition(position);
                }
            }
            catalog.flush();
            announce(entry);
            announce(neighbour);
        }
        return list();
    }

    /**
     * Removes an entry as loaded: deleted when no deal uses it, else deactivated (it leaves the pool, the people
     * who have it keep it). True when deleted.
     */
    @PreAuthorize(EDITORS)
    public boolean remove(long id, long version) {
        WinResult entry = load(id);
        entry.checkVersion(version);
        boolean used = assigned.existsByWinResultId(id);
        if (used) {
            entry.deactivate();
            catalog.saveAndFlush(entry);
        } else {
            catalog.delete(entry);
            catalog.flush();
        }
        announce(entry);
        return !used;
    }

    private WinResult load(long id) {
        return catalog.findById(id).orElseThrow(() -> InvalidInputException.of("winResult", "win-result.not-found"));
    }

    private void announce(WinResult entry) {
        events.publishEvent(RecordChanged.of(StakeholderTopics.WIN_RESULT, entry.requireId(), Set.of(),
                StakeholderTopics.WIN_RESULTS));
    }
}
