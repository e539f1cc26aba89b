package com.headpin.collaboration.ui;

import com.headpin.collaboration.Presence;
import com.headpin.collaboration.PresentUser;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroup;

/**
 * The avatars of everyone looking at a topic right now, updated live; stable colour per user. Side by side with a
 * small gap rather than overlapping (styles.css, {@code .presence-avatars}): a header shows a handful of people, and
 * the overlap's cut-out hid half of a two-character Chinese given name.
 */
public class PresenceAvatars extends Composite<AvatarGroup> {

    /** Class of an avatar whose initials are two CJK characters (立新), drawn smaller so they fit the circle. */
    static final String WIDE_INITIALS = "wide-initials";

    /** More people than this show as an overflow avatar "+n". */
    static final int MAX_VISIBLE = 6;

    public PresenceAvatars(Presence presence, Topic topic) {
        AvatarGroup group = getContent();
        group.addClassName("presence-avatars");
        group.setMaxItemsVisible(MAX_VISIBLE);
        presence.track(this, topic);
        presence.onChange(this, topic, users -> {
            // The group counts how many avatars fit in its own width, and in a header it is only as wide as what
            // it drew before: with room reserved for everyone (up to the maximum) it never folds three into "+2".
            group.getStyle().set("--presence-count", String.valueOf(Math.min(users.size(), MAX_VISIBLE)));
            group.setItems(users.stream().map(PresenceAvatars::item).toList());
        });
    }

    static AvatarGroup.AvatarGroupItem item(PresentUser user) {
        AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(user.name());
        item.setColorIndex(user.colorIndex());
        item.setAbbreviation(user.initials());
        if (wide(user.initials())) {
            item.addClassNames(WIDE_INITIALS);
        }
        return item;
    }

    /**
     * Whether initials hold more than one ideograph (or other full-width character): each is as wide as it is tall,
     * so two of them at the avatar's usual letter size overflow the circle, while two Latin letters fit.
     */
    static boolean wide(String initials) {
        return initials.codePoints().filter(PresenceAvatars::fullWidth).count() >= 2;
    }

    private static boolean fullWidth(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
