package com.headpin.deals.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.headpin.deals.DealCard;
import com.headpin.deals.DealLane;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/**
 * "Move to…": the keyboard way to move a card, one button per other lane (Tab and Enter reach them); the chosen
 * lane's dialog follows, as after a drop.
 */
class MoveDialog extends Dialog {

    MoveDialog(DealCard card, Function<DealLane, String> laneName, Consumer<DealLane> onChosen) {
        setHeaderTitle(getTranslation("board.move", card.name()));
        setId("board-move-dialog");
        Div lanes = new Div();
        lanes.addClassName("board-move-lanes");
        for (DealLane lane : DealLane.values()) {
            if (lane == card.lane()) {
                continue;
            }
            Button button = new Button(laneName.apply(lane), e -> {
                close();
                onChosen.accept(lane);
            });
            button.setId("board-move-to-" + lane.key());
            lanes.add(button);
        }
        add(lanes);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
