package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.List;

import com.headpin.security.UserSummary;

/**
 * What the caller may do with a deal's or an account's contact log ({@code mayLog}: log, change and delete entries)
 * and what the log dialog offers: the account's contacts by name, our active users, and today (the company's) as
 * the date a new entry starts with and the latest it may have.
 */
public record ContactLogChoices(boolean mayLog, long accountId, List<ContactLogRow.Person> contacts,
                                List<UserSummary> people, LocalDate today) {

    public ContactLogChoices {
        contacts = List.copyOf(contacts);
        people = List.copyOf(people);
    }
}
