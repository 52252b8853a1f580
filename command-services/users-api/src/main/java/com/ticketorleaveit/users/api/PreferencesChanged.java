package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** A user changed which optional mails they want (see {@link ChangePreferences}). */
@Revision("1")
public record PreferencesChanged(UserId userId, boolean eventReminders) {}
