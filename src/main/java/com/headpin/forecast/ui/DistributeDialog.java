package com.headpin.forecast.ui;

import java.util.List;

import com.headpin.forecast.Distribution;
import com.headpin.forecast.DistributionShare;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.Money;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
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
 * evenly over the months, and their owners' quotas are replaced.
 */
class DistributeDialog extends Dialog {

    private final RadioButtonGroup<Distribution> how = new RadioButtonGroup<>();
    private final Grid<DistributionShare> preview = new Grid<>();

    DistributeDialog(QuotaService quotas, int fiscalYear, QuotaBoard.Unit unit, Runnable onSaved) {
        setHeaderTitle(getTranslation("forecast.quota.distribute.title", unit.name()));
        setId("distribute-dialog");
        setWidth("min(40rem, 95vw)");
        how.setId("distribution");
        how.setLabel(getTranslation("forecast.quota.distribute.how"));
        how.setItems(Distribution.values());
        how.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        how.setValue(Distribution.PROPORTIONAL);
        preview.setId("distribution-preview");
        preview.setAllRowsVisible(true);
        preview.addColumn(DistributionShare::name).setHeader(getTranslation("forecast.quota.name")).setFlexGrow(2);
        preview.addColumn(new TextRenderer<>(s -> Money.format(s.before(), getLocale())))
                .setHeader(getTranslation("forecast.quota.distribute.before")).setTextAlign(ColumnTextAlign.END);
        preview.addColumn(new TextRenderer<>(s -> Money.format(s.share(), getLocale())))
                .setHeader(getTranslation("forecast.quota.distribute.share")).setTextAlign(ColumnTextAlign.END);
        Runnable refresh = () -> preview.setItems(quotas.preview(unit.unitId(), fiscalYear, how.getValue()));
        how.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new Paragraph(getTranslation("forecast.quota.distribute.explain",
                Money.format(unit.topDown() == null ? java.math.BigDecimal.ZERO : unit.topDown().yearly(),
                        getLocale()))), how, preview);
        Button confirm = new Button(getTranslation("forecast.quota.distribute"), e -> {
            try {
                List<DistributionShare> shares = quotas.distribute(unit.unitId(), fiscalYear,
                        unit.topDown() == null ? -1 : unit.topDown().version(), how.getValue());
                Notifications.success("forecast.quota.distributed", shares.size());
            } catch (InvalidInputException refused) {
                refused.fieldErrors().values().forEach(Notifications::error);
                return;
            } catch (StaleDataException stale) {
                Notifications.error("forecast.quota.stale");
            }
            close();
            onSaved.run();
        });
        confirm.setId("confirm-distribution");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
