package com.headpin.forecast.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Follow mode of a meeting's page: following the presenter (the page moves with them) or browsing on one's own,
 * with the way back ("Follow the presenter", which jumps to what they show now) and out ("Browse on my own").
 */
class FollowBar extends Composite<HorizontalLayout> {

    private final Span state = new Span();
    private final Button rejoin;
    private final Button leave;
    private boolean presenting;
    private boolean following = true;
    private String presenterName = "";

    FollowBar(Runnable onRejoin) {
        state.setId("forecast-meeting-follow-state");
        rejoin = new Button(getTranslation("forecast.meeting.follow"), e -> {
            following = true;
            update();
            onRejoin.run();
        });
        rejoin.setId("forecast-meeting-follow");
        rejoin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        leave = new Button(getTranslation("forecast.meeting.unfollow"), e -> leave());
        leave.setId("forecast-meeting-unfollow");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout layout = getContent();
        layout.addClassName("forecast-meeting-follow");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(state, rejoin, leave);
    }

    void presenting(boolean isPresenter, String presenter) {
        presenting = isPresenter;
        presenterName = presenter;
        following = !isPresenter;
        update();
    }

    boolean following() {
        return following && !presenting;
    }

    void leave() {
        following = false;
        update();
    }

    private void update() {
        state.setText(presenting ? getTranslation("forecast.meeting.you-present")
                : following ? getTranslation("forecast.meeting.following", presenterName)
                : getTranslation("forecast.meeting.browsing"));
        rejoin.setVisible(!presenting && !following);
        leave.setVisible(!presenting && following);
    }
}
