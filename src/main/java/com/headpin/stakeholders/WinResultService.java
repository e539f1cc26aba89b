package com.headpin.stakeholders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.deals.DealService;
import com.headpin.security.Editors;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import com.headpin.stakeholders.internal.PersonalWinResultRepository;
import com.headpin.stakeholders.internal.PersonalWinResultRow;
import com.headpin.stakeholders.internal.StakeholdersChanged;
import com.headpin.stakeholders.internal.WinResult;
import com.headpin.stakeholders.internal.WinResultRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal win results of a deal's buying influences: the team's exercise of sorting the catalogue's win results
 * (or its own words) onto the people. Whoever may see the deal reads them; editors who may edit the deal give,
 * take away and move them. Giving a person a win result they have already changes nothing. Every change is announced
 * on the deal's people topic and makes the red flags be checked again.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WinResultService {

    /** The longest win result in the team's own words. */
    public static final int OWN_TEXT_MAX_LENGTH = PersonalWinResultRow.TEXT_MAX_LENGTH;

    private final PersonalWinResultRepository assigned;
    private final WinResultRepository catalog;
    private final BuyingInfluenceRepository influences;
    private final BuyingInfluenceService people;
    private final DealService deals;
    private final ApplicationEventPublisher events;

    WinResultService(PersonalWinResultRepository assigned, WinResultRepository catalog,
                     BuyingInfluenceRepository influences, BuyingInfluenceService people, DealService deals,
                     ApplicationEventPublisher events) {
        this.assigned = assigned;
        this.catalog = catalog;
        this.influences = influences;
        this.people = people;
        this.deals = deals;
        this.events = events;
    }

    /** The deal's exercise: its influences, their win results, the pool of active catalogue entries. */
    @Transactional(readOnly = true)
    public WinResultsBoard board(long dealId) {
        List<InfluenceRow> rows = people.list(dealId);
        List<StandardWinResult> pool = catalog.findAllByOrderByPositionAscIdAsc().stream()
                .filter(WinResult::isActive).map(WinResult::toRecord).toList();
        return new WinResultsBoard(rows, byInfluence(dealId), pool, deals.choices(dealId).mayEdit());
    }

    /** The win results of each of the deal's influences (by influence id), for panels that show them beside people. */
    @Transactional(readOnly = true)
    public Map<Long, List<PersonalWinResult>> winResultsByInfluence(long dealId) {
        deals.requireVisible(dealId);
        return byInfluence(dealId);
    }

    /** Gives the influence a catalogue entry (an active one); if they have it already, nothing changes. */
    @Editors
    public PersonalWinResult assign(long dealId, long influenceId, long winResultId) {
        requireEditable(dealId);
        BuyingInfluence influence = influence(dealId, influenceId);
        WinResult entry = catalog.findById(winResultId).filter(WinResult::isActive)
                .orElseThrow(() -> InvalidInputException.of("winResult", "win-result.not-found"));
        return assigned.findByInfluenceIdAndWinResultId(influenceId, winResultId)
                .map(row -> toRecord(row, Map.of(winResultId, entry)))
                .orElseGet(() -> {
                    PersonalWinResultRow row = assigned.saveAndFlush(PersonalWinResultRow.standard(dealId,
                            influence.requireId(), winResultId));
                    announce(row, Set.of());
                    return toRecord(row, Map.of(winResultId, entry));
                });
    }

    /** Gives the influence a win result in the team's own words, with an optional note; the same words twice: once. */
    @Editors
    public PersonalWinResult addOwn(long dealId, long influenceId, @Nullable String text, @Nullable String note) {
        requireEditable(dealId);
        influence(dealId, influenceId);
        String words = text == null ? "" : text.strip();
        String remark = InputRules.trimToNull(note);
        new InputRules().name("text", words, PersonalWinResultRow.TEXT_MAX_LENGTH)
                .maxLength("note", remark, PersonalWinResultRow.NOTE_MAX_LENGTH).check();
        return assigned.findByDealIdOrderByIdAsc(dealId).stream()
                .filter(row -> row.getInfluenceId() == influenceId && row.getOwnText() != null
                        && row.getOwnText().equalsIgnoreCase(words))
                .findFirst().map(row -> toRecord(row, Map.of()))
                .orElseGet(() -> {
                    PersonalWinResultRow row = assigned.saveAndFlush(PersonalWinResultRow.own(dealId, influenceId,
                            words, remark));
                    announce(row, Set.of());
                    return toRecord(row, Map.of());
                });
    }

    /** Takes a win result away as loaded ({@code version}): a changed one is refused, a gone one ignored. */
    @Editors
    public void unassign(long dealId, long winResultOfPersonId, long version) {
        requireEditable(dealId);
        assigned.findById(winResultOfPersonId).filter(row -> row.getDealId() == dealId).ifPresent(row -> {
            row.checkVersion(version);
            assigned.delete(row);
            assigned.flush();
            announce(row, Set.of());
        });
    }

    /**
     * Moves a win result, as loaded, to another influence of the same deal. If that person has the same catalogue
     * entry already, the moved one merges into it (it goes away). Returns the win result where it now is.
     */
    @Editors
    public PersonalWinResult move(long dealId, long winResultOfPersonId, long version, long toInfluenceId) {
        requireEditable(dealId);
        BuyingInfluence target = influence(dealId, toInfluenceId);
        PersonalWinResultRow row = assigned.findById(winResultOfPersonId).filter(r -> r.getDealId() == dealId)
                .orElseThrow(() -> InvalidInputException.of("winResult", "win-result.not-found"));
        row.checkVersion(version);
        Map<Long, WinResult> entries = entries(List.of(row));
        if (row.getInfluenceId() == toInfluenceId) {
            return toRecord(row, entries);
        }
        if (row.getWinResultId() != null) {
            var existing = assigned.findByInfluenceIdAndWinResultId(toInfluenceId, row.getWinResultId());
            if (existing.isPresent()) {
                assigned.delete(row);
                assigned.flush();
                announce(row, Set.of());
                return toRecord(existing.get(), entries);
            }
        }
        row.setInfluenceId(target.requireId());
        assigned.saveAndFlush(row);
        announce(row, Set.of("influence"));
        return toRecord(row, entries);
    }

    /** Whether any deal has win results sorted yet (the demo data seeds them once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyAssigned() {
        return assigned.count() > 0;
    }

    private Map<Long, List<PersonalWinResult>> byInfluence(long dealId) {
        List<PersonalWinResultRow> rows = assigned.findByDealIdOrderByIdAsc(dealId);
        Map<Long, WinResult> entries = entries(rows);
        return rows.stream().collect(Collectors.groupingBy(PersonalWinResultRow::getInfluenceId,
                LinkedHashMap::new, Collectors.mapping(row -> toRecord(row, entries), Collectors.toList())));
    }

    private Map<Long, WinResult> entries(List<PersonalWinResultRow> rows) {
        Set<Long> ids = rows.stream().map(PersonalWinResultRow::getWinResultId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : catalog.findAllById(ids).stream()
                .collect(Collectors.toMap(WinResult::requireId, Function.identity()));
    }

    private static PersonalWinResult toRecord(PersonalWinResultRow row, Map<Long, WinResult> entries) {
        WinResult entry = row.getWinResultId() == null ? null : entries.get(row.getWinResultId());
        String english = entry != null ? entry.getLabelEn() : Objects.requireNonNullElse(row.getOwnText(), "");
        String chinese = entry != null ? entry.getLabelZh() : Objects.requireNonNullElse(row.getOwnText(), "");
        return new PersonalWinResult(row.requireId(), row.getVersion(), row.getInfluenceId(), row.getWinResultId(),
                english, chinese, row.getNote());
    }

    /** The deal must be visible (else "not found") and editable by the caller (else access denied). */
    private void requireEditable(long dealId) {
        if (!deals.choices(dealId).mayEdit()) {
            throw new AccessDeniedException("May not edit deal " + dealId);
        }
    }

    private BuyingInfluence influence(long dealId, long influenceId) {
        return influences.findById(influenceId).filter(i -> i.getDealId() == dealId)
                .orElseThrow(() -> InvalidInputException.of("influence", "win-result.influence.not-found"));
    }

    private void announce(PersonalWinResultRow row, Set<String> fields) {
        events.publishEvent(RecordChanged.of(StakeholderTopics.PERSONAL_WIN_RESULT, row.requireId(), fields,
                StakeholderTopics.ofDeal(row.getDealId())));
        events.publishEvent(new StakeholdersChanged(row.getDealId()));
    }
}
