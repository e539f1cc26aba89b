package com.headpin.stakeholders.ui;

import java.time.ZoneId;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.AutoFlag;
import com.headpin.stakeholders.DealFlags;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import com.headpin.stakeholders.StakeholderTopics;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The deal's red flags and strengths: automatic flags with their reason in plain words, manual flags with their owner
 * and a Clear button for whoever may clear them, strengths in green. Follows the deal's people, so every open page
 * shows a raised or cleared flag at once.
 */
class RedFlagsSection extends Composite<VerticalLayout> {

    private final RedFlagService flags;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final long dealId;
    private final Div flagList = new Div();
    private final Div strengthList = new Div();
    private final Button addFlag = new Button();
    private final Button addStrength = new Button();

    RedFlagsSection(RedFlagService flags, LiveUpdates liveUpdates, LiveForms liveForms, CurrentUser currentUser,
                    BusinessCalendar calendar, long dealId) {
        this.flags = flags;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
        this.zone = calendar.zone();
        this.dealId = dealId;
        flagList.setId("deal-red-flags");
        flagList.addClassName("red-flag-list");
        strengthList.setId("deal-strengths");
        strengthList.addClassName("red-flag-list");
        addFlag.setText(getTranslation("redflag.add-flag"));
        addFlag.setIcon(VaadinIcon.FLAG.create());
        addFlag.setId("redflag-add-flag");
        addFlag.addThemeVariants(ButtonVariant.TERTIARY);
        addFlag.addClickListener(e -> open(FlagKind.FLAG, null, true));
        addStrength.setText(getTranslation("redflag.add-strength"));
        addStrength.setIcon(VaadinIcon.PLUS.create());
        addStrength.setId("redflag-add-strength");
        addStrength.addThemeVariants(ButtonVariant.TERTIARY);
        addStrength.addClickListener(e -> open(FlagKind.STRENGTH, null, true));
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("deal-section");
        layout.setId("deal-red-flags-section");
        // The deal page heads the section with the panel's label.
        layout.add(new H4(getTranslation("redflag.flags")), flagList,
                new H4(getTranslation("redflag.strengths")), strengthList, new HorizontalLayout(addFlag, addStrength));
        liveUpdates.subscribe(this, StakeholderTopics.ofDeal(dealId), changes -> refresh());
        refresh();
    }

    /** Reads the flags again and redraws the two short lists. */
    void refresh() {
        DealFlags shown = flags.flags(dealId);
        addFlag.setVisible(shown.mayEdit());
        addStrength.setVisible(shown.mayEdit());
        flagList.removeAll();
        shown.automatic().forEach(flag -> flagList.add(automatic(flag)));
        shown.flags().forEach(flag -> flagList.add(manual(flag, shown.mayEdit())));
        if (shown.automatic().isEmpty() && shown.flags().isEmpty()) {
            flagList.add(new Paragraph(getTranslation("redflag.none")));
        }
        strengthList.removeAll();
        shown.strengths().forEach(strength -> strengthList.add(manual(strength, shown.mayEdit())));
        if (shown.strengths().isEmpty()) {
            strengthList.add(new Paragraph(getTranslation("redflag.strengths.none")));
        }
    }

    private Div automatic(AutoFlag flag) {
        Span reason = new Span(reason(flag));
        reason.addClassName("red-flag-text");
        Span computed = new Span(getTranslation("redflag.automatic"));
        computed.getElement().getThemeList().add("badge contrast small");
        computed.setTitle(getTranslation("redflag.automatic.help"));
        Div line = new Div(icon(VaadinIcon.FLAG, "var(--lumo-error-color)"), reason, computed);
        line.addClassName("red-flag");
        line.addClassName("red-flag-auto");
        line.getElement().setAttribute("data-rule", flag.rule().name());
        style(line);
        return line;
    }

    /** The plain-language reason of an automatic flag, naming the person where there is one. */
    String reason(AutoFlag flag) {
        return getTranslation(flag.rule().labelKey(), flag.contactName() == null ? "" : flag.contactName(),
                flag.daysWithoutContact() == null ? 0 : flag.daysWithoutContact());
    }

    private Div manual(RedFlagRow flag, boolean mayEdit) {
        boolean strength = flag.kind() == FlagKind.STRENGTH;
        Span category = new Span(getTranslation(flag.category().labelKey()));
        category.getElement().getThemeList().add(strength ? "badge success" : flag.isOpen() ? "badge error"
                : "badge contrast");
        Span text = new Span(flag.text());
        text.addClassName("red-flag-text");
        if (!flag.isOpen()) {
            text.getStyle().set("text-decoration", "line-through");
        }
        Span who = new Span(getTranslation("redflag.owner-line", flag.ownerName()) + " · "
                + (flag.raisedByName().isBlank() ? getTranslation("redflag.raised-on", date(flag.raisedAt()))
                : getTranslation("redflag.raised-by", flag.raisedByName(), date(flag.raisedAt())))
                + (flag.isOpen() ? "" : " · " + getTranslation("redflag.cleared-line", flag.clearedByName(),
                date(flag.clearedAt())) + (flag.clearingNote() == null ? "" : ": " + flag.clearingNote())));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div line = new Div(icon(strength ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.FLAG,
                strength ? "var(--lumo-success-color)" : flag.isOpen() ? "var(--lumo-error-color)"
                        : "var(--lumo-contrast-50pct)"), category, text, who);
        line.addClassName("red-flag");
        line.setId("red-flag-" + flag.id());
        style(line);
        if (mayEdit) {
            text.getStyle().set("cursor", "pointer");
            text.addClickListener(e -> open(flag.kind(), flag, true));
        }
        if (flag.mayClear() && !strength) {
            Button action = flag.isOpen()
                    ? new Button(getTranslation("redflag.clear"), e -> new ClearFlagDialog(flags, flag, this::refresh).open())
                    : new Button(getTranslation("redflag.reopen"), e -> reopen(flag));
            action.setId((flag.isOpen() ? "redflag-clear-" : "redflag-reopen-") + flag.id());
            action.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            line.add(action);
        }
        return line;
    }

    private void reopen(RedFlagRow flag) {
        try {
            flags.reopen(dealId, flag.id(), flag.version());
        } catch (StaleDataException stale) {
            Notifications.error("redflag.stale");
        }
        refresh();
    }

    private void open(FlagKind kind, RedFlagRow flag, boolean mayEdit) {
        new RedFlagDialog(flags, liveForms, dealId, kind, flag, flags.owners(dealId), currentUser.requireId(),
                mayEdit, this::refresh).open();
    }

    private String date(java.time.Instant at) {
        return at == null ? "" : Dates.format(at.atZone(zone).toLocalDate(), getLocale());
    }

    private static com.vaadin.flow.component.icon.Icon icon(VaadinIcon icon, String color) {
        var created = icon.create();
        created.setSize("var(--lumo-icon-size-s)");
        created.setColor(color);
        return created;
    }

    private static void style(Div line) {
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
    }

}
