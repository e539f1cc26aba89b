package com.headpin.forecast.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.headpin.collaboration.Broadcasts;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealTopics;
import com.headpin.forecast.ForecastService;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.forecast.MeetingService;
import com.headpin.forecast.NowShowing;
import com.headpin.forecast.Periods;
import com.headpin.forecast.RepNumbers;
import com.headpin.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A live forecast meeting. The presenter steps through the unit's reps and their deals; everyone following sees the
 * same rep and deal (the presenter's position comes as a broadcast, and from the meeting's row on opening or
 * rejoining). A click on another rep or deal leaves follow mode; "Follow the presenter" jumps back. Reps change a
 * deal's forecast category and their own call here, and everyone's numbers follow. An ended meeting shows its record.
 */
@Route("forecast/meetings/:id([0-9]{1,18})")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingMinutes minutes;
    private final ForecastService forecasts;
    private final DealService deals;
    private final Periods periods;
    private final LiveForms liveForms;
    private final LiveUpdates liveUpdates;
    private final Broadcasts broadcasts;
    private final Presence presence;
    private final long me;
    private MeetingDetails meeting;
    private @Nullable MeetingNumbers numbers;
    private @Nullable MeetingDeals dealList;
    private @Nullable MeetingMinutesPanel minutesPanel;
    private final FollowBar follow = new FollowBar(this::rejoin);
    private final H3 shownRep = new H3();
    private final VerticalLayout repPanel = new VerticalLayout();
    private @Nullable Long repId;
    private @Nullable Long dealId;
    private @Nullable NowShowing presenter;

    MeetingView(MeetingService meetings, MeetingMinutes minutes, ForecastService forecasts, DealService deals,
                Periods periods, LiveUpdates liveUpdates, Broadcasts broadcasts, Presence presence,
                CurrentUser currentUser, LiveForms liveForms) {
        this.meetings = meetings;
        this.liveForms = liveForms;
        this.minutes = minutes;
        this.forecasts = forecasts;
        this.deals = deals;
        this.periods = periods;
        this.liveUpdates = liveUpdates;
        this.broadcasts = broadcasts;
        this.presence = presence;
        this.me = currentUser.requireId();
        addClassName("forecast-meeting");
        shownRep.setId("forecast-meeting-shown-rep");
        repPanel.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A meeting of a unit the user takes no part in is "not found", exactly like a missing one.
        Optional<MeetingDetails> found = event.getRouteParameters().getLong("id").flatMap(meetings::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(found.get());
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("forecast.meeting.title") : title(meeting);
    }

    private String title(MeetingDetails details) {
        return getTranslation("forecast.meeting.heading", details.summary().unitName(),
                periods.label(details.summary().period(), getLocale()));
    }

    private void build(MeetingDetails details) {
        // Rebuilt when the meeting ends or changes presenter: subscriptions go with the components they belong to.
        removeAll();
        meeting = details;
        VerticalLayout page = new VerticalLayout();
        page.setPadding(false);
        add(page);
        H2 heading = new H2(title(details));
        heading.setId("forecast-meeting-heading");
        page.add(new ForecastTabs(ForecastTabs.Page.MEETINGS), heading,
                new MeetingHeader(details, meetings, new PresenceAvatars(presence,
                        ForecastTopics.MEETING.topic(details.id()))));
        liveUpdates.subscribe(page, ForecastTopics.MEETING.topic(details.id()), changes -> meetingChanged());
        if (!details.isOpen()) {
            MeetingMinutesPanel record = new MeetingMinutesPanel(minutes, details, me, () -> null);
            record.show(details, List.of());
            page.add(new MeetingRecord(details), record);
            return;
        }
        meetings.join(details.id());
        numbers = new MeetingNumbers(details.summary().unitId(), rep -> step(rep.repId(), null));
        dealList = new MeetingDeals(deals, me, details.permissions().end(), false, deal -> step(deal.ownerId(),
                deal.id()));
        minutesPanel = new MeetingMinutesPanel(minutes, details, me, this::shownRepNumbers);
        repPanel.removeAll();
        repPanel.add(shownRep, dealList);
        if (details.permissions().call()) {
            repPanel.add(new MeetingCallForm(minutes, liveForms, details.id(),
                    ForecastTopics.repCall(me, details.summary().period())));
        }
        follow.presenting(details.permissions().present(), details.summary().presenterName());
        page.add(follow, numbers, repPanel, minutesPanel);
        presenter = new NowShowing(details.id(), details.shownRepId(), details.shownDealId(),
                details.summary().presenterId());
        reloadNumbers();
        display(details.shownRepId(), details.shownDealId());
        broadcasts.subscribe(page, ForecastTopics.MEETING.topic(details.id()), NowShowing.class, this::shown);
        liveUpdates.subscribe(page, ForecastTopics.NUMBERS, changes -> reloadNumbers());
        liveUpdates.subscribe(page, DealTopics.LIST, changes -> {
            reloadNumbers();
            display(repId, dealId);
        });
    }

    /** The user's own step: the presenter's for everyone; a follower's leaves follow mode unless it is the same. */
    private void step(long rep, @Nullable Long deal) {
        if (meeting.permissions().present()) {
            meetings.show(meeting.id(), rep, deal);
            presenter = new NowShowing(meeting.id(), rep, deal, me);
        } else if (follow.following() && presenter != null
                && !(Objects.equals(presenter.repId(), rep) && (deal == null || Objects.equals(presenter.dealId(),
                deal)))) {
            follow.leave();
        }
        display(rep, deal);
    }

    private void shown(NowShowing now) {
        presenter = now;
        if (!meeting.permissions().present() && follow.following()) {
            display(now.repId(), now.dealId());
        }
    }

    /** Back to the presenter: where the meeting's row says they are now. */
    private void rejoin() {
        meetings.find(meeting.id()).ifPresent(details -> {
            presenter = new NowShowing(details.id(), details.shownRepId(), details.shownDealId(),
                    details.summary().presenterId());
            display(details.shownRepId(), details.shownDealId());
        });
    }

    private void display(@Nullable Long rep, @Nullable Long deal) {
        repId = rep;
        dealId = deal;
        if (numbers == null || dealList == null) {
            return;
        }
        numbers.select(rep);
        RepNumbers shown = shownRepNumbers();
        repPanel.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        shownRep.setText(shown.name());
        List<DealSummary> ofRep = forecasts.dealsBehind(meeting.summary().period(), shown.repId(), null).stream()
                .filter(d -> d.ownerId() == shown.repId()).toList();
        dealList.show(ofRep, deal);
    }

    private @Nullable RepNumbers shownRepNumbers() {
        return numbers == null ? null : numbers.reps().stream().filter(r -> Objects.equals(r.repId(), repId))
                .findFirst().orElse(null);
    }

    private void reloadNumbers() {
        if (numbers != null) {
            numbers.show(meetings.numbers(meeting.id()));
            numbers.select(repId);
            if (minutesPanel != null) {
                minutesPanel.show(meeting, numbers.reps());
            }
        }
    }

    /** Notes, items and attendance refresh in place; an end or a new presenter rebuilds the page. */
    private void meetingChanged() {
        Optional<MeetingDetails> fresh = meetings.find(meeting.id());
        if (fresh.isEmpty()) {
            return;
        }
        MeetingDetails details = fresh.get();
        if (details.summary().status() != meeting.summary().status()
                || details.summary().presenterId() != meeting.summary().presenterId()) {
            build(details);
            return;
        }
        meeting = details;
        if (minutesPanel != null && numbers != null) {
            minutesPanel.show(details, numbers.reps());
        }
    }
}
