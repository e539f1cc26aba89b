package com.headpin.collaboration.ui;

import com.headpin.collaboration.Presence;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroup;

/** The avatars of everyone looking at a topic right now, updated live; stable colour per user. */
public class PresenceAvatars extends Composite<AvatarGroup> {

    public PresenceAvatars(Presence presence, Topic topic) {
        AvatarGroup group = getContent();
        group.addClassName("presence-avatars");
        group.setMaxItemsVisible(6);
        presence.track(this, topic);
        presence.onChange(this, topic, users -> group.setItems(users.stream().map(user -> {
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(user.name());
            item.setColorIndex(user.colorIndex());
            item.setAbbreviation(user.initials());
            return item;
        }).toList()));
    }
}
