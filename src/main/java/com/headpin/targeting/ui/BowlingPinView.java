package com.headpin.targeting.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.BeachheadRow;
import com.headpin.targeting.BowlingPinPermissions;
import com.headpin.accounts.Industry;
import com.headpin.targeting.Showcase;
import com.headpin.targeting.ShowcaseKind;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.targeting.TargetingTopics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The bowling-pin principle per industry: the head pin(s) chosen to knock down the rest, how far each has become a
 * showcase, and the look-alikes waiting for it. Directors choose the pins; the team records the showcase.
 */
@Route("accounts/bowling-pin")
@PermitAll
@Menu(order = 11, title = "nav.bowling-pin", icon = "vaadin:bullseye")
class BowlingPinView extends VerticalLayout implements HasDynamicTitle {

    private final BeachheadService beachheads;
    private final AccountService accounts;
    private final BowlingPinPermissions permissions;
    private final Select<Industry> industry = new Select<>();
    private final Div content = new Div();

    BowlingPinView(BeachheadService beachheads, AccountService accounts, LiveUpdates liveUpdates) {
        this.beachheads = beachheads;
        this.accounts = accounts;
        this.permissions = beachheads.permissions();
        industry.setId("bowling-industry");
        industry.setLabel(getTranslation("account.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> i == null ? "" : getTranslation(i.labelKey()));
        industry.setValue(Industry.BANKING);
        industry.addValueChangeListener(e -> render());
        content.setWidthFull();
        add(new Paragraph(getTranslation("bowling.help")), industry, content);
        liveUpdates.subscribe(this, TargetingTopics.BOWLING_PIN, changes -> render());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bowling-pin");
    }

    private void render() {
        BeachheadRow view = beachheads.view(industry.getValue());
        content.removeAll();
        if (view.strategy() != null) {
            content.add(new Paragraph(view.strategy()));
        }
        FlexLayout pins = new FlexLayout();
        pins.addClassName("home-cards");
        pins.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (view.headPins().isEmpty()) {
            pins.add(new Paragraph(getTranslation("bowling.no-head-pin")));
        }
        view.headPins().forEach(pin -> pins.add(headPinCard(pin)));
        Div targets = new Div(new H3(getTranslation("bowling.look-alikes", view.lookAlikes().size())));
        targets.setId("bowling-look-alikes");
        targets.addClassName("card");
        view.lookAlikes().forEach(a -> targets.add(new Paragraph(a.name() + (a.altName() == null ? ""
                : " · " + a.altName()) + " · " + getTranslation(a.tier().labelKey()))));
        content.add(pins, targets);
        if (permissions.mayChoosePins()) {
            Button edit = new Button(getTranslation("bowling.choose"), VaadinIcon.EDIT.create(), e -> edit(view));
            edit.setId("bowling-edit");
            content.add(edit);
        }
    }

    private Component headPinCard(BeachheadRow.HeadPin pin) {
        Div card = new Div(new H3(getTranslation("bowling.head-pin", pin.account().name())));
        card.addClassName("card");
        card.setId("head-pin-" + pin.account().id());
        card.add(new Span(getTranslation("bowling.progress", pin.achievedKinds(), ShowcaseKind.values().length)));
        Map<ShowcaseKind, java.util.List<Showcase>> byKind = pin.showcase().stream()
                .collect(Collectors.groupingBy(Showcase::kind));
        for (ShowcaseKind kind : ShowcaseKind.values()) {
            Div line = new Div();
            java.util.List<Showcase> items = byKind.getOrDefault(kind, java.util.List.of());
            line.add(new Span((items.stream().anyMatch(s -> s.achievedOn() != null) ? "✔ " : "○ ")
                    + getTranslation(kind.labelKey())));
            for (Showcase item : items) {
                line.add(new Span(" · " + (item.achievedOn() == null ? "" : Dates.format(item.achievedOn(),
                        getLocale())) + (item.note() == null ? "" : " " + item.note())));
                if (item.evidenceUrl() != null) {
                    Anchor evidence = new Anchor(item.evidenceUrl(), getTranslation("bowling.evidence"));
                    evidence.setTarget("_blank");
                    evidence.getElement().setAttribute("rel", "noopener noreferrer");
                    line.add(new Span(" "), evidence);
                }
            }
            card.add(line);
        }
        Button add = new Button(getTranslation("bowling.add-showcase"), VaadinIcon.PLUS.create(),
                e -> new ShowcaseDialog(beachheads, pin.account()).open());
        add.setId("add-showcase-" + pin.account().id());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setVisible(permissions.mayRecordShowcase());
        card.add(add);
        return card;
    }

    private void edit(BeachheadRow view) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                getTranslation("bowling.choose"));
        dialog.setWidth("min(44rem, 95vw)");
        Map<Long, AccountSummary> choosable = new LinkedHashMap<>();
        accounts.page(new AccountFilter("", null, view.industry(), null, null, null, false),
                org.springframework.data.domain.PageRequest.of(0, 500, org.springframework.data.domain.Sort.by("name")))
                .forEach(account -> choosable.put(account.id(), account));
        // Pins already chosen stay in the pickers even when the list leaves them out (not pursued, beyond the first
        // 500), so saving keeps them unless the director removes them.
        view.headPins().forEach(pin -> choosable.putIfAbsent(pin.account().id(), pin.account()));
        view.lookAlikes().forEach(account -> choosable.putIfAbsent(account.id(), account));
        java.util.List<AccountSummary> candidates = java.util.List.copyOf(choosable.values());
        MultiSelectComboBox<AccountSummary> pins = picker("bowling.head-pins", "bowling-head-pins", candidates);
        MultiSelectComboBox<AccountSummary> lookAlikes = picker("bowling.look-alikes.pick", "bowling-targets",
                candidates);
        pins.setValue(select(candidates, view.headPins().stream().map(p -> p.account().id()).collect(
                Collectors.toSet())));
        lookAlikes.setValue(select(candidates, view.lookAlikes().stream().map(AccountSummary::id)
                .collect(Collectors.toSet())));
        TextArea strategy = new TextArea(getTranslation("bowling.strategy"));
        strategy.setId("bowling-strategy");
        strategy.setWidthFull();
        strategy.setHelperText(getTranslation("bowling.strategy.help"));
        strategy.setValue(view.strategy() == null ? "" : view.strategy());
        dialog.add(new VerticalLayout(pins, lookAlikes, strategy));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                beachheads.update(view.industry(), view.version(), strategy.getValue(), ids(pins.getValue()),
                        ids(lookAlikes.getValue()));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("headPins", pins, "lookAlikes", lookAlikes, "strategy", strategy));
                return;
            } catch (StaleDataException stale) {
                Notifications.error("bowling.stale");
            }
            dialog.close();
        });
        save.setId("bowling-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private MultiSelectComboBox<AccountSummary> picker(String labelKey, String id,
                                                       java.util.List<AccountSummary> candidates) {
        MultiSelectComboBox<AccountSummary> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setItems(candidates);
        picker.setItemLabelGenerator(account -> account.notPursuing()
                ? account.name() + " · " + getTranslation("account.not-pursuing") : account.name());
        picker.setWidthFull();
        return picker;
    }

    private static Set<AccountSummary> select(java.util.List<AccountSummary> candidates, Set<Long> ids) {
        return candidates.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<AccountSummary> chosen) {
        return chosen.stream().map(AccountSummary::id).collect(Collectors.toSet());
    }
}
