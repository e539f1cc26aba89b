package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.FitScore;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
    /** Shown while some criteria in use are unscored (they count as 0: see {@link FitScore}). */
    private final Span incomplete = new Span();
    private final Paragraph incompleteNote = new Paragraph();
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
        incomplete.setId("fit-incomplete");
        incomplete.setText(getTranslation("scorecard.incomplete"));
        incomplete.getElement().getThemeList().add("badge contrast");
        incompleteNote.setId("fit-incomplete-note");
        incompleteNote.addClassName("fit-incomplete-note");
        HorizontalLayout fitLine = new HorizontalLayout(fit, incomplete);
        fitLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.setPadding(false);
        getContent().add(new H3(getTranslation("scorecard.title")), new Paragraph(getTranslation("scorecard.help")),
                fitLine, incompleteNote, rows);
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
        showFit(scorecard.fitOf(accountId));
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

    private void showFit(FitScore score) {
        if (score.score() == null) {
            fit.setText(getTranslation("scorecard.unscored"));
        } else if (score.incomplete()) {
            fit.setText(getTranslation("scorecard.fit.partial", number(score.score()), score.scored(),
                    score.criteria()));
        } else {
            fit.setText(getTranslation("scorecard.fit", number(score.score())));
        }
        incomplete.setVisible(score.incomplete());
        incompleteNote.setVisible(score.incomplete());
        if (score.incomplete()) {
            String explanation = getTranslation("scorecard.incomplete.note", score.criteria() - score.scored(),
                    score.scored(), number(score.scoredShare()));
            incompleteNote.setText(explanation);
            incomplete.setTitle(getTranslation("scorecard.incomplete.tooltip",
                    score.scored(), score.criteria()));
        }
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
