package com.headpin.collaboration.ui;

import com.headpin.collaboration.PresentUser;
import com.vaadin.flow.component.avatar.AvatarGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two-character Chinese initials (立新) are drawn smaller so both characters fit the avatar; Latin ones stay. */
class PresenceAvatarInitialsTest {

    @Test
    void twoIdeographsAreMarkedWideOneIdeographOrTwoLettersAreNot() {
        AvatarGroup.AvatarGroupItem liXin = PresenceAvatars.item(new PresentUser(1, "赵立新", "立新", 2));
        assertThat(liXin.getAbbreviation()).isEqualTo("立新");
        assertThat(liXin.getName()).isEqualTo("赵立新");
        assertThat(liXin.getColorIndex()).isEqualTo(2);
        assertThat(liXin.getClassName()).isEqualTo(PresenceAvatars.WIDE_INITIALS);

        assertThat(PresenceAvatars.item(new PresentUser(2, "Jane Doe", "JD", 0)).getClassName()).isNullOrEmpty();
        assertThat(PresenceAvatars.item(new PresentUser(3, "王", "王", 0)).getClassName()).isNullOrEmpty();
        assertThat(PresenceAvatars.wide("娜娜")).isTrue();
        assertThat(PresenceAvatars.wide("ゆき")).isTrue();
        assertThat(PresenceAvatars.wide("MW")).isFalse();
    }
}
