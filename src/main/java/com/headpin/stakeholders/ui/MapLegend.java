package com.headpin.stakeholders.ui;

import com.headpin.stakeholders.InfluenceRole;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What the chart's own legend (the attitude colours) does not explain: symbols and badges by role, size by
 * influence, the two line kinds and the two coverage gaps. Plain text and borders in the theme's colours, so it reads
 * in light and dark alike.
 */
class MapLegend extends Div {

    private static final String SYMBOL_STYLE = "display:inline-block;width:12px;height:12px;margin-right:4px;"
            + "vertical-align:middle;background:var(--lumo-contrast-40pct, #9aa5b8);";

    MapLegend(int gapDays) {
        setId("relationship-map-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "4px 16px")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("padding", "4px 8px");
        for (InfluenceRole role : MapOption.SYMBOL_ORDER) {
            String name = getTranslation(role.labelKey());
            String badge = getTranslation("relmap.role." + MapOption.roleKey(role));
            add(item(symbol(MapOption.SYMBOLS.get(role)), name.equals(badge) ? name : name + " (" + badge + ")"));
        }
        add(item(null, getTranslation("relmap.legend.size")));
        add(item(line("solid", MapOption.REPORTS_COLOUR), getTranslation("relmap.legend.reports-to")));
        add(item(line("dashed", MapOption.LISTENS_COLOUR), getTranslation("relmap.legend.listens-to")));
        add(item(ring("dashed", MapOption.NOBODY_COLOUR), getTranslation("relmap.gap.nobody")));
        add(item(ring("dotted", MapOption.STALE_COLOUR), getTranslation("relmap.gap.stale", gapDays)));
        add(item(null, getTranslation("relmap.legend.click")));
    }

    private static Span item(@Nullable Span mark, String text) {
        Span item = new Span();
        if (mark != null) {
            item.add(mark);
        }
        item.add(new Span(text));
        return item;
    }

    private static Span symbol(String shape) {
        Span mark = new Span();
        mark.getElement().setAttribute("style", SYMBOL_STYLE + switch (shape) {
            case "diamond" -> "transform:rotate(45deg) scale(0.8);";
            case "triangle" -> "clip-path:polygon(50% 0,100% 100%,0 100%);";
            case "circle" -> "border-radius:50%;";
            default -> "";
        });
        return mark;
    }

    private static Span line(String type, String colour) {
        Span mark = new Span();
        mark.getElement().setAttribute("style", "display:inline-block;width:22px;height:0;margin-right:4px;"
                + "vertical-align:middle;border-top:2px " + type + " " + colour + ";");
        return mark;
    }

    private static Span ring(String type, String colour) {
        Span mark = new Span();
        mark.getElement().setAttribute("style", "display:inline-block;width:10px;height:10px;margin-right:4px;"
                + "vertical-align:middle;border-radius:50%;border:2px " + type + " " + colour + ";");
        return mark;
    }
}
