package com.headpin.collaboration;

import java.util.Arrays;
import java.util.List;

import com.headpin.accounts.AccountTopics;
import com.headpin.shared.RecordType;

/**
 * What to tell users about a record: an i18n key and its arguments, stored as they are and translated only when
 * shown, in the recipient's language; and the route a click on the notification opens ({@code "accounts/42"}).
 * Arguments are plain text (names, titles, excerpts) or numbers, so that {@code {0,number}} formats per language.
 *
 * @param recordType a record type some module registered a {@link RecordAccess} for: the bell shows the
 *                   notification only while the recipient may still see the record
 */
public record NotificationRequest(RecordType recordType, long recordId, String messageKey, List<Object> arguments,
                                  String link) {

    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_LINK_LENGTH = 200;

    public NotificationRequest {
        if (messageKey.isBlank() || messageKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A notification needs a message key");
        }
        for (Object argument : arguments) {
            if (!(argument instanceof String) && !(argument instanceof Number)) {
                throw new IllegalArgumentException("Notification arguments are text or numbers, not " + argument);
            }
        }
        // A route inside the app, never an address elsewhere.
        if (link.length() > MAX_LINK_LENGTH || link.contains(":") || link.startsWith("/")) {
            throw new IllegalArgumentException("Not a route: " + link);
        }
        arguments = List.copyOf(arguments);
    }

    /**
     * E.g. {@code NotificationRequest.about(AccountTopics.ACCOUNT, 42, "accounts/42", "flags.raised", me.fullName(),
     * name)}.
     */
    public static NotificationRequest about(RecordType recordType, long recordId, String link, String messageKey,
                                            Object... arguments) {
        return new NotificationRequest(recordType, recordId, messageKey, Arrays.asList(arguments), link);
    }
}
