package com.headpin.collaboration.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.PostedComment;
import com.headpin.collaboration.PresentUser;
import com.headpin.shared.RecordType;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A record's comments: plain text with line breaks and clickable links (never HTML), {@code @} suggesting the
 * people who may see the record by name, own comments editable for 15 minutes; loaded when shown, and new comments
 * from others appear live while shown. Whoever a comment names but cannot see the record is named right below it.
 */
public class CommentsThread extends Composite<VerticalLayout> {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    /** What follows the last @ typed: part of a name, which may hold a space ("@Emma Cl"). */
    private static final Pattern TYPED_MENTION = Pattern.compile("(?:^|\\s)@([^\\s@][^@\\n]{0,30}|)$");

    private final CommentService comments;
    private final RecordType recordType;
    private final long recordId;
    private final Div list = new Div();
    private final TextArea input = new TextArea();
    private final Div suggestions = new Div();
    private final Span notNotified = new Span();
    private List<Mentionable> mentionable = List.of();

    public CommentsThread(CommentService comments, LiveUpdates liveUpdates, RecordType recordType, long recordId) {
        this.comments = comments;
        this.recordType = recordType;
        this.recordId = recordId;
        list.setId("comments-list");
        list.addClassName("comments-list");
        input.setId("comment-input");
        input.setWidthFull();
        input.setMaxLength(CommentService.MAX_LENGTH);
        input.setPlaceholder(getTranslation("comment.placeholder"));
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addValueChangeListener(e -> suggest(e.getValue()));
        suggestions.setId("mention-suggestions");
        suggestions.addClassName("mention-suggestions");
        Button post = new Button(getTranslation("comment.post"), e -> post());
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        notNotified.setId("mention-not-notified");
        notNotified.addClassName("mention-not-notified");
        notNotified.getElement().getThemeList().add("badge warning");
        notNotified.setVisible(false);
        getContent().setPadding(false);
        getContent().add(list, input, suggestions, notNotified, post);
        WhileShown.follow(this, liveUpdates, recordType.topic(recordId),
                changes -> changes.stream().anyMatch(change -> change.fields().contains("comments")), this::reload);
    }

    private void reload() {
        list.removeAll();
        List<CommentItem> all = comments.list(recordType, recordId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("comment.none")));
        }
        all.forEach(comment -> list.add(render(comment)));
    }

    private Component render(CommentItem comment) {
        Avatar avatar = new Avatar(comment.authorName());
        avatar.setColorIndex(PresentUser.colorOf(comment.authorId()));
        Span who = new Span(comment.authorName());
        who.addClassName("comment-author");
        Span when = new Span(time(comment) + (comment.editedAt() == null ? "" : " · " + getTranslation("comment.edited")));
        when.addClassName("comment-time");
        Div body = body(comment.body());
        HorizontalLayout header = new HorizontalLayout(avatar, who, when);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div item = new Div(header, body);
        item.addClassName("comment");
        item.setId("comment-" + comment.id());
        if (comments.canChange(comment)) {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(item, comment));
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            edit.setId("comment-edit-" + comment.id());
            Button delete = new Button(getTranslation("action.delete"), e -> {
                try {
                    comments.delete(comment.id(), comment.version());
                } catch (StaleDataException stale) {
                    Notifications.error("comment.stale");
                }
                reload();
            });
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            delete.setId("comment-delete-" + comment.id());
            header.add(edit, delete);
        }
        return item;
    }

    /** Text nodes per line and anchors for links: whatever the text holds, nothing is interpreted as markup. */
    static Div body(String text) {
        Div body = new Div();
        body.addClassName("comment-body");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher links = URL.matcher(lines[i]);
            int at = 0;
            while (links.find()) {
                if (links.start() > at) {
                    body.add(new Text(lines[i].substring(at, links.start())));
                }
                Anchor link = new Anchor(links.group(), links.group());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                body.add(link);
                at = links.end();
            }
            if (at < lines[i].length()) {
                body.add(new Text(lines[i].substring(at)));
            }
            if (i < lines.length - 1) {
                body.getElement().appendChild(new com.vaadin.flow.dom.Element("br"));
            }
        }
        return body;
    }

    private void post() {
        PostedComment posted;
        try {
            posted = comments.add(recordType, recordId, input.getValue());
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, java.util.Map.of("body", input));
            return;
        }
        FieldErrors.clear(input);
        input.clear();
        suggestions.removeAll();
        tellNotNotified(posted);
        reload();
    }

    /** Saved all the same; the writer may tell them another way or share the record with them. */
    private void tellNotNotified(PostedComment posted) {
        List<String> names = posted.notNotified();
        notNotified.setVisible(!names.isEmpty());
        notNotified.setText(names.isEmpty() ? "" : getTranslation("comment.not-notified",
                String.join(getTranslation("comment.name-separator"), names), names.size()));
    }

    private void edit(Div item, CommentItem comment) {
        TextArea editor = new TextArea();
        editor.setValue(comment.body());
        editor.setWidthFull();
        editor.setMaxLength(CommentService.MAX_LENGTH);
        editor.setId("comment-editor-" + comment.id());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                tellNotNotified(comments.edit(comment.id(), editor.getValue()));
                reload();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, java.util.Map.of("body", editor));
            }
        });
        save.setId("comment-save-" + comment.id());
        item.removeAll();
        item.add(editor, save, new Button(getTranslation("action.cancel"), e -> reload()));
    }

    /** While the last word typed starts with @, offers the matching people who may see the record. */
    private void suggest(String text) {
        suggestions.removeAll();
        Matcher typed = TYPED_MENTION.matcher(text);
        if (!typed.find()) {
            return;
        }
        if (mentionable.isEmpty()) {
            mentionable = comments.mentionable(recordType, recordId);
        }
        String part = typed.group(1).toLowerCase(Locale.ROOT);
        mentionable.stream()
                .filter(m -> m.username().contains(part) || m.fullName().toLowerCase(Locale.ROOT).contains(part))
                .limit(6)
                .forEach(m -> {
                    // People by name; the comment keeps the name too ("@李娜"), and the service finds them by it.
                    Button choice = new Button(m.fullName(), e -> {
                        input.setValue(text.substring(0, text.length() - typed.group(1).length()) + m.fullName()
                                + " ");
                        suggestions.removeAll();
                        input.focus();
                    });
                    choice.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                    choice.setId("mention-" + m.username());
                    suggestions.add(choice);
                });
    }

    private String time(CommentItem comment) {
        Locale locale = getLocale();
        DateTimeFormatter format = "zh".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
        return format.format(comment.createdAt().atZone(comments.zone()));
    }
}
