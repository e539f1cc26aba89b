package com.headpin.stakeholders.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.shared.ui.chart.Chart;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.MapPerson;
import com.headpin.stakeholders.RelationshipMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of a relationship map: one {@code graph} series laid out in Java ({@link LayeredLayout}, drawn
 * 1:1 in pixels, so the chart is as big as the picture), colour by attitude (the legend's categories), symbol and a
 * short badge by role, size by influence, a red dashed ring for "nobody on our side" and a purple dotted one for "no
 * contact for 30 days". Reports-to lines are solid grey arrows up to the manager, listens-to lines dashed blue
 * arrows to the person listened to. Text colours are left to the chart's theme, so the dark theme reads as well.
 */
final class MapOption {

    /** Translates a key, as {@code Component.getTranslation} does. */
    interface Labels {
        String get(String key, Object... arguments);
    }

    static final String SERIES_ID = "people";
    static final int PER_ROW = 8;
    static final double COLUMN_GAP = 130;
    static final double ROW_GAP = 92;
    static final double LAYER_GAP = 120;
    static final int MARGIN_X = 80;
    static final int MARGIN_TOP = 80;
    static final int MARGIN_BOTTOM = 60;

    /** Fill by attitude; the unknown and "not an influence" greys stay light, also on the dark background. */
    static final Map<Attitude, String> COLOURS = new EnumMap<>(Map.of(Attitude.SUPPORTER, "#3ba272",
            Attitude.NEUTRAL, "#9aa5b8", Attitude.SCEPTIC, "#fc8452", Attitude.OPPONENT, "#ee6666"));
    static final String UNKNOWN = "#c9d3e3";
    static final String NOT_INFLUENCE = "#eef1f6";
    static final String NOBODY_COLOUR = "#d62728";
    static final String STALE_COLOUR = "#8e44ad";
    static final String REPORTS_COLOUR = "#8a94a6";
    static final String LISTENS_COLOUR = "#3a7bd5";
    /** The first role in this order picks the symbol. */
    static final List<InfluenceRole> SYMBOL_ORDER = List.of(InfluenceRole.DECISION_MAKER,
            InfluenceRole.TECHNICAL_GATEKEEPER, InfluenceRole.COACH, InfluenceRole.USER);
    static final Map<InfluenceRole, String> SYMBOLS = new EnumMap<>(Map.of(InfluenceRole.DECISION_MAKER, "diamond",
            InfluenceRole.TECHNICAL_GATEKEEPER, "rect", InfluenceRole.COACH, "triangle", InfluenceRole.USER,
            "circle"));

    /** Legend categories in order: the four attitudes, then unknown, then not an influence. */
    private static final int CATEGORY_UNKNOWN = Attitude.values().length;
    private static final int CATEGORY_NONE = CATEGORY_UNKNOWN + 1;

    private final Labels labels;
    private final LayeredLayout layout = new LayeredLayout(PER_ROW, COLUMN_GAP, ROW_GAP, LAYER_GAP);

    MapOption(Labels labels) {
        this.labels = labels;
    }

    /** The picture's layout, for the chart's size and the tests. */
    LayeredLayout.Result layout(RelationshipMap map) {
        return layout.layout(map.people().stream().map(p -> new LayeredLayout.Node(p.contactId(), p.reportsToId()))
                .toList());
    }

    static int width(LayeredLayout.Result result) {
        return (int) Math.ceil(result.width()) + 2 * MARGIN_X;
    }

    static int height(LayeredLayout.Result result) {
        return (int) Math.ceil(result.height()) + MARGIN_TOP + MARGIN_BOTTOM;
    }

    ObjectNode option(RelationshipMap map) {
        LayeredLayout.Result placed = layout(map);
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("confine", true);
        ObjectNode legend = option.putObject("legend").put("top", 0).put("type", "plain");
        ArrayNode names = legend.putArray("data");
        ObjectNode series = option.putArray("series").addObject().put("id", SERIES_ID).put("type", "graph")
                .put("layout", "none").put("roam", true).put("draggable", false)
                .put("left", MARGIN_X).put("right", MARGIN_X).put("top", MARGIN_TOP).put("bottom", MARGIN_BOTTOM);
        // Two levels of zoom either way are enough to read a big department or see the whole account.
        series.putObject("scaleLimit").put("min", 0.4).put("max", 3);
        series.set("edgeSymbol", Chart.array(List.of("none", "arrow")));
        series.put("edgeSymbolSize", 8);
        series.putObject("emphasis").put("focus", "adjacency");
        ObjectNode label = series.putObject("label").put("show", true).put("position", "bottom")
                .put("fontSize", 12).put("lineHeight", 15).put("width", COLUMN_GAP - 14).put("overflow", "truncate")
                .put("align", "center");
        label.putObject("rich").putObject("r").put("fontSize", 10).put("fontWeight", "bold").put("lineHeight", 14);
        ArrayNode categories = series.putArray("categories");
        for (Attitude attitude : Attitude.values()) {
            category(categories, names, labels.get(attitude.labelKey()), COLOURS.get(attitude));
        }
        category(categories, names, labels.get("relmap.legend.unknown"), UNKNOWN);
        category(categories, names, labels.get("relmap.legend.not-influence"), NOT_INFLUENCE);
        ArrayNode data = series.putArray("data");
        Map<Long, String> namesById = map.people().stream()
                .collect(Collectors.toMap(MapPerson::contactId, MapPerson::name));
        for (MapPerson person : map.people()) {
            LayeredLayout.Point at = placed.points().get(person.contactId());
            node(data.addObject(), person, at);
        }
        ArrayNode links = series.putArray("links");
        for (MapEdge edge : map.edges()) {
            link(links.addObject(), edge, namesById);
        }
        return option;
    }

    static String nodeId(long contactId) {
        return "c" + contactId;
    }

    private static void category(ArrayNode categories, ArrayNode names, String name, String colour) {
        ObjectNode category = categories.addObject().put("name", name);
        category.putObject("itemStyle").put("color", colour).put("borderColor", REPORTS_COLOUR).put("borderWidth", 1);
        names.add(name);
    }

    private void node(ObjectNode node, MapPerson person, LayeredLayout.Point at) {
        node.put("id", nodeId(person.contactId())).put("name", person.name()).put("value", person.contactId())
                .put("x", at.x()).put("y", at.y())
                .put("category", person.attitude() != null ? person.attitude().ordinal()
                        : person.influence() ? CATEGORY_UNKNOWN : CATEGORY_NONE)
                .put("symbol", symbol(person)).put("symbolSize", size(person));
        ObjectNode style = node.putObject("itemStyle").put("color", colour(person));
        if (person.nobodyOnOurSide()) {
            style.put("borderColor", NOBODY_COLOUR).put("borderWidth", 3).put("borderType", "dashed");
        } else if (person.noRecentContact()) {
            style.put("borderColor", STALE_COLOUR).put("borderWidth", 3).put("borderType", "dotted");
        } else {
            style.put("borderColor", REPORTS_COLOUR).put("borderWidth", 1).put("borderType", "solid");
        }
        String badge = person.roles().stream().sorted().map(r -> labels.get("relmap.role." + roleKey(r)))
                .collect(Collectors.joining("·"));
        // {b} is the name; a name never holds markup, and the badge is our own text.
        node.putObject("label").put("formatter", badge.isEmpty() ? "{b}" : "{b}\n{r|" + badge + "}");
        node.putObject("tooltip").put("formatter", tooltip(person));
    }

    static String colour(MapPerson person) {
        if (person.attitude() != null) {
            return COLOURS.get(person.attitude());
        }
        return person.influence() ? UNKNOWN : NOT_INFLUENCE;
    }

    static String symbol(MapPerson person) {
        return SYMBOL_ORDER.stream().filter(person.roles()::contains).findFirst().map(SYMBOLS::get)
                .orElse(person.influence() ? "circle" : "roundRect");
    }

    static int size(MapPerson person) {
        if (!person.influence()) {
            return 22;
        }
        InfluenceLevel level = person.level();
        return level == InfluenceLevel.HIGH ? 46 : level == InfluenceLevel.MEDIUM ? 36 : 28;
    }

    static String roleKey(InfluenceRole role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private String tooltip(MapPerson person) {
        StringBuilder text = new StringBuilder(html(person.name()));
        if (person.title() != null) {
            text.append("<br/>").append(html(person.title()));
        }
        if (!person.roles().isEmpty()) {
            text.append("<br/>").append(person.roles().stream().sorted().map(r -> labels.get(r.labelKey()))
                    .collect(Collectors.joining(", ")));
        }
        if (person.attitude() != null) {
            text.append("<br/>").append(labels.get(person.attitude().labelKey()));
        }
        if (person.nobodyOnOurSide()) {
            text.append("<br/>⚠ ").append(labels.get("relmap.gap.nobody"));
        }
        if (person.noRecentContact()) {
            text.append("<br/>⚠ ").append(labels.get("relmap.gap.stale", person.coverage().gapDays()));
        }
        return text.toString();
    }

    private void link(ObjectNode link, MapEdge edge, Map<Long, String> names) {
        link.put("source", nodeId(edge.fromContactId())).put("target", nodeId(edge.toContactId()));
        boolean listens = edge.kind() == MapEdge.Kind.LISTENS_TO;
        link.putObject("lineStyle").put("color", listens ? LISTENS_COLOUR : REPORTS_COLOUR)
                .put("type", listens ? "dashed" : "solid").put("width", listens ? 2 : 1.5)
                .put("curveness", listens ? 0.25 : 0).put("opacity", 0.9);
        String text = labels.get(listens ? "relmap.tooltip.listens" : "relmap.tooltip.reports",
                html(names.getOrDefault(edge.fromContactId(), "")), html(names.getOrDefault(edge.toContactId(), "")));
        @Nullable String note = edge.note();
        link.putObject("tooltip").put("formatter", note == null ? text : text + "<br/>" + html(note));
    }

    /** Tooltips are HTML: titles and notes may hold markup characters. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("{", "&#123;")
                .replace("}", "&#125;");
    }
}
