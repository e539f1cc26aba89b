package com.headpin.forecast.ui;

import com.headpin.forecast.SnapshotService;
import com.headpin.forecast.SnapshotSummary;
import com.headpin.shared.Dates;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A director freezes this week's snapshot now, after confirming; the confirmation says when this week's snapshot
 * will be replaced (one per week). Shown only to those the service lets take one.
 */
class SnapshotButton extends Composite<Button> {

    private final SnapshotService snapshots;

    SnapshotButton(SnapshotService snapshots) {
        this.snapshots = snapshots;
        Button button = getContent();
        button.setId("take-snapshot");
        button.setText(getTranslation("forecast.snapshot.take"));
        button.setIcon(VaadinIcon.CAMERA.create());
        button.setVisible(snapshots.mayTakeSnapshots());
        button.addClickListener(e -> confirm());
    }

    private void confirm() {
        boolean replaces = snapshots.takenThisWeek();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("forecast.snapshot.take"),
                getTranslation(replaces ? "forecast.snapshot.confirm-replace" : "forecast.snapshot.confirm"),
                getTranslation("forecast.snapshot.take"), e -> take());
        dialog.setId("snapshot-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void take() {
        SnapshotSummary taken = snapshots.takeNow();
        Notifications.success("forecast.snapshot.taken", Dates.format(taken.weekStart(), getLocale()));
    }
}
