package com.headpin.collaboration.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.shared.RecordType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A record's activity, newest first: who created it, who changed which field from what to what, comments. Loads
 * when shown (a tab first selected long after the page opened shows what changed meanwhile) and then follows the
 * record's topic, so others' changes appear. Every value is a text node, never HTML.
 */
public class ActivityTimeline extends Composite<Div> {

    private static final int PAGE = 50;
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private final Timeline timeline;
    private final RecordType recordType;
    private final long recordId;
    private int shown = PAGE;

    public ActivityTimeline(Timeline timeline, LiveUpdates liveUpdates, RecordType recordType, long recordId) {
        this.timeline = timeline;
        this.recordType = recordType;
        this.recordId = recordId;
        getContent().addClassName("activity-timeline");
        WhileShown.follow(this, liveUpdates, recordType.topic(recordId), changes -> true, this::refresh);
    }

    /** Reads the timeline again (done by itself when shown and on every change of the record while shown). */
    public void refresh() {
        Locale locale = getLocale();
        List<TimelineEntry> entries = timeline.entries(recordType, recordId, locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("timeline.time-format"), locale)
                .withZone(timeline.zone());
        Div content = getContent();
        content.removeAll();
        if (entries.isEmpty()) {
            Span empty = new Span(getTranslation("timeline.empty"));
            empty.addClassName("timeline-empty");
            content.add(empty);
        }
        entries.stream().limit(shown).forEach(entry -> content.add(row(entry, time)));
        if (entries.size() > shown) {
            Button older = new Button(getTranslation("timeline.show-older"), e -> {
                shown += PAGE;
                refresh();
            });
            older.addThemeVariants(ButtonVariant.TERTIARY);
            content.add(older);
        }
    }

    private Div row(TimelineEntry entry, DateTimeFormatter time) {
        Div row = new Div();
        row.addClassName("timeline-entry");
        row.getElement().setAttribute("data-kind", entry.kind().name().toLowerCase(Locale.ROOT));
        // Id 0: no account, i.e. start-up work such as demo data or a migration.
        Span actor = part("timeline-actor",
                entry.actorId() == 0 ? getTranslation("timeline.system") : entry.actorName());
        Div line = new Div();
        line.addClassName("timeline-line");
        switch (entry.kind()) {
            case CREATED -> sentence(line, "timeline.created", actor);
            case COMMENTED -> sentence(line, "timeline.commented", actor);
            case FIELD_CHANGED -> {
                Span field = part("timeline-field", entry.field() == null ? "" : getTranslation(entry.field()));
                String before = entry.before() == null ? "" : entry.before();
                String after = entry.after() == null ? "" : entry.after();
                if (before.isEmpty()) {
                    sentence(line, "timeline.set", actor, field, part("timeline-value", after));
                } else if (after.isEmpty()) {
                    sentence(line, "timeline.cleared", actor, field, part("timeline-value", before));
                } else {
                    sentence(line, "timeline.changed", actor, field, part("timeline-value", before),
                            part("timeline-value", after));
                }
            }
        }
        line.add(part("timeline-time", " · " + time.format(entry.at())));
        row.add(line);
        if (entry.kind() == TimelineEntry.Kind.COMMENTED && entry.after() != null) {
            Div comment = new Div();
            comment.addClassName("timeline-comment");
            comment.setText(entry.after());
            row.add(comment);
        }
        return row;
    }

    /**
     * Fills a translated pattern ("{0} changed {1} from {2} to {3}") with components instead of formatted text, so
     * names and values stay separate text nodes that can be styled.
     */
    private void sentence(Div line, String key, Component... arguments) {
        String pattern = getTranslation(key);
        Matcher matcher = ARGUMENT.matcher(pattern);
        int from = 0;
        while (matcher.find()) {
            addText(line, pattern.substring(from, matcher.start()));
            int index = Integer.parseInt(matcher.group(1));
            if (index < arguments.length) {
                line.add(arguments[index]);
            }
            from = matcher.end();
        }
        addText(line, pattern.substring(from));
    }

    private static void addText(Div line, String literal) {
        if (!literal.isEmpty()) {
            line.add(new Span(literal.replace("''", "'")));
        }
    }

    private static Span part(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
