package com.headpin.accounts;

import java.util.List;

/**
 * Implemented by modules that link records to contacts, so that deleting a contact can first tell the user what
 * the delete also removes. The module removes those links itself when it hears {@link ContactDeleted}.
 */
public interface ContactLinks {

    /** What links to the contact, each as an i18n key with its arguments (e.g. the plan's year). */
    List<ContactLink> linksTo(long contactId);

    record ContactLink(String messageKey, List<Object> arguments) {

        public ContactLink {
            arguments = List.copyOf(arguments);
        }
    }
}
