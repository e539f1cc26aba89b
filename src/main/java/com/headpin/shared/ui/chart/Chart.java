package com.headpin.shared.ui.chart;

import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.webjars.WebJarVersionLocator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn by Apache ECharts, configured from Java with an ECharts
 * <a href="https://echarts.apache.org/en/option.html">option</a> as a JSON tree. Every chart in Headpin is one of
 * these: bars, funnels, waterfalls, timelines, the relationship graph.
 * <ul>
 * <li>{@link #setOption} again for live updates: the browser merges the new option into the drawn chart (series
 * matched by {@code id}, else by name), so the bars move to their new values instead of redrawing.</li>
 * <li>Follows its container's size (give it a height; 300px unless set), the app's dark theme (switched live) and
 * the UI's language (ECharts' Chinese texts when the UI is Chinese).</li>
 * <li>Functions cannot travel in JSON: put {@link ChartFormat#reference()} where ECharts takes a formatter.</li>
 * <li>{@link #addClickListener} hears clicks on data items, for drill-down.</li>
 * </ul>
 * ECharts comes from its webjar (served at {@code /webjars/**}) and loads in the browser with the first chart.
 */
@Tag("headpin-chart")
public class Chart extends Component implements HasSize, LocaleChangeObserver {

    /** The custom element; a plain script in META-INF/resources, outside Vaadin's frontend bundle. */
    static final String SCRIPT = "context://headpin/chart.js";
    /** ECharts' self-contained build, relative to the context root, with the webjar's version in the path. */
    static final String LIBRARY = "webjars/" + Objects.requireNonNull(
            new WebJarVersionLocator().path("echarts", "dist/echarts.min.js"), "the ECharts webjar is missing");

    private ObjectNode option = newOption();

    public Chart() {
        getElement().setAttribute("library", LIBRARY);
    }

    public Chart(ObjectNode option) {
        this();
        setOption(option);
    }

    /** An empty option to fill: {@code option.putObject("xAxis").put("type", "category")}. */
    public static ObjectNode newOption() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A JSON array of plain values (strings, numbers, BigDecimal amounts, maps, records). */
    public static ArrayNode array(Iterable<?> values) {
        return JsonMapper.shared().valueToTree(values);
    }

    /** Shows this option; the chart keeps a copy, so the caller may go on changing theirs. */
    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        getElement().setPropertyJson("option", this.option.deepCopy());
    }

    /** A copy of the option shown (tests read the chart's content here). */
    public ObjectNode getOption() {
        return option.deepCopy();
    }

    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("locale", isChinese(event.getLocale()) ? "ZH" : "EN");
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
