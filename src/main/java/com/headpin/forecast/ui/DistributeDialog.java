package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.forecast.Distribution;
import com.headpin.forecast.DistributionShare;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.Money;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.TextRenderer;

/**
 * Hands a unit's top-down quota down to the units (or, for a team, the reps) directly below: equal shares, or in
 * proportion to what each has now, shown before anything is saved. The shares add up to the fen; each is spread
 * evenly over the months, and their owners' quotas are replaced. Shared on the unit's quota topic: who else has the
 * unit's quota open, and their change of the top-down amount arriving live with new shares. Nothing typed here
 * could be kept over theirs, so a distribution confirmed on an older amount is not made: the dialog shows the
 * new shares and says to confirm again.
 */
class DistributeDialog extends Dialog {

    private final RadioButtonGroup<Distribution> how = new RadioButtonGroup<>();
    private final AmountField topDown = new AmountField();
    private final Grid<DistributionShare> preview = new Grid<>();
    private final Paragraph explain = new Paragraph();
    /** The version of the top-down quota whose shares are shown. */
    private long shownVersion;

    DistributeDialog(QuotaService quotas, LiveForms liveForms, int fiscalYear, QuotaBoard.Unit unit,
                     Runnable onSaved) {
        setHeaderTitle(getTranslation("forecast.quota.distribute.title", unit.name()));
        setId("distribute-dialog");
        setWidth("min(40rem, 95vw)");
        how.setItems(Distribution.values());
        how.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        how.setValue(Distribution.PROPORTIONAL);
        topDown.setReadOnly(true);
        preview.setId("distribution-preview");
        preview.setAllRowsVisible(true);
        preview.addColumn(DistributionShare::name).setHeader(getTranslation("forecast.quota.name")).setFlexGrow(2);
        preview.addColumn(new TextRenderer<>(s -> Money.format(s.before(), getLocale())))
                .setHeader(getTranslation("forecast.quota.distribute.before")).setTextAlign(ColumnTextAlign.END);
        preview.addColumn(new TextRenderer<>(s -> Money.format(s.share(), getLocale())))
                .setHeader(getTranslation("forecast.quota.distribute.share")).setTextAlign(ColumnTextAlign.END);
        FormFields<QuotaDialog.State> fields = new FormFields<QuotaDialog.State>("distribute")
                .field("topDown", topDown, "forecast.top-down", QuotaDialog.State::yearly,
                        amount -> Money.format(amount, getLocale()))
                .input("distribution", how, "forecast.quota.distribute.how");
        how.setId("distribution");
        QuotaDialog.State loaded = QuotaDialog.State.of(Optional.ofNullable(unit.topDown()));
        LiveForm<QuotaDialog.State> shared = liveForms.open(this, ForecastTopics.unitQuota(unit.unitId(), fiscalYear),
                fields, loaded, QuotaDialog.State::version,
                () -> Optional.of(QuotaDialog.State.of(quotas.unitQuota(unit.unitId(), fiscalYear))));
        Runnable refresh = () -> preview.setItems(quotas.preview(unit.unitId(), fiscalYear, how.getValue()));
        shared.onRecord(state -> {
            shownVersion = state.version();
            showAmount(state);
            refresh.run();
        });
        getHeader().add(shared.avatars());
        shownVersion = loaded.version();
        showAmount(loaded);
        how.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(topDown, explain, how, preview);
        AtomicInteger distributed = new AtomicInteger();
        Button confirm = new Button(getTranslation("forecast.quota.distribute"), e -> {
            long confirmed = shownVersion;
            shared.save(version -> {
                if (version != confirmed) {
                    // Someone changed the top-down quota after these shares were shown: show the new ones first.
                    throw InvalidInputException.of("distribution", "forecast.quota.distribute.changed");
                }
                List<DistributionShare> shares = quotas.distribute(unit.unitId(), fiscalYear, version,
                        Objects.requireNonNull(how.getValue()));
                distributed.set(shares.size());
                return QuotaDialog.State.of(quotas.unitQuota(unit.unitId(), fiscalYear));
            }, saved -> {
                Notifications.success("forecast.quota.distributed", distributed.get());
                close();
                onSaved.run();
            });
        });
        confirm.setId("confirm-distribution");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void showAmount(QuotaDialog.State state) {
        BigDecimal amount = state.yearly() == null ? BigDecimal.ZERO : state.yearly();
        explain.setText(getTranslation("forecast.quota.distribute.explain", Money.format(amount, getLocale())));
    }
}
