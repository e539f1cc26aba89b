package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

/**
 * Scores the account 0–5 on each active criterion, level descriptions shown; the fit score updates live. Read-only
 * for whoever may not change the account's data ({@code AccountChoices.mayEdit}).
 */
class ScorecardPanel extends Composite<VerticalLayout> {

    private final ScorecardService scorecard;
    private final AccountService accounts;
    private final long accountId;
    private final Span fit = new Span();
    private final VerticalLayout rows = new VerticalLayout();
    private final boolean editable;
    private boolean rendering;

    ScorecardPanel(ScorecardService scorecard, AccountService accounts, LiveUpdates liveUpdates, long accountId,
                   boolean editable) {
        this.scorecard = scorecard;
        this.accounts = accounts;
        this.accountId = accountId;
        this.editable = editable;
        fit.setId("fit-score");
        rows.setPadding(false);
        getContent().add(new H3(getTranslation("scorecard.title")), new Paragraph(getTranslation("scorecard.help")),
                fit, rows);
        render();
        liveUpdates.subscribe(this, AccountTopics.ACCOUNT.topic(accountId), changes -> {
            if (changes.stream().anyMatch(change -> change.touches("scores"))) {
                render();
            }
        });
        liveUpdates.subscribe(this, AccountTopics.CRITERIA, changes -> render());
        WhileShown.reloadWhenShown(this, this::render);
    }

    private void render() {
        rendering = true;
        AccountDetails account = accounts.find(accountId).orElseThrow();
        showFit(account.fitScore());
        rows.removeAll();
        List<Criterion> active = scorecard.criteria().stream().filter(Criterion::active).toList();
        for (Criterion criterion : active) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(
                    getTranslation("scorecard.criterion", criterion.name(), criterion.weight()));
            score.setId("score-" + criterion.id());
            score.setItems(0, 1, 2, 3, 4, 5);
            score.setItemLabelGenerator(level -> level + " " + criterion.levels().get(level));
            score.setValue(account.scores().get(criterion.id()));
            score.setReadOnly(!editable);
            score.addValueChangeListener(e -> {
                if (!rendering) {
                    showFit(scorecard.score(accountId, criterion.id(), e.getValue()));
                }
            });
            rows.add(score);
        }
        rendering = false;
    }

    private void showFit(@Nullable BigDecimal score) {
        fit.setText(score == null ? getTranslation("scorecard.unscored")
                : getTranslation("scorecard.fit", score.stripTrailingZeros().toPlainString()));
    }
}
