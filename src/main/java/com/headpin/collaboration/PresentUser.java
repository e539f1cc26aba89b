package com.headpin.collaboration;

/** Someone looking at a topic, as avatars show them: stable colour per user. */
public record PresentUser(long userId, String name, String initials, int colorIndex) {

    static PresentUser of(PresenceEntry entry) {
        return new PresentUser(entry.userId(), entry.name(), entry.initials(), colorOf(entry.userId()));
    }

    /** The same colour for a user everywhere: avatars, field indicators, cursors. */
    public static int colorOf(long userId) {
        return (int) Math.floorMod(userId, 7L);
    }
}
