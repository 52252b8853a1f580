package com.ticketorleaveit.users.api;

/**
 * A user says which optional mails they want. Mails about their orders, payments and refunds are not optional and
 * have no preference.
 *
 * @param eventReminders a reminder before each event they hold tickets for
 */
public record ChangePreferences(UserId userId, boolean eventReminders) {}
