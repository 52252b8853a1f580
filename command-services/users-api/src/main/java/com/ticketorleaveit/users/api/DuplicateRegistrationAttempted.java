package com.ticketorleaveit.users.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Someone registered an account with the email address of this one. Registration answers them as if the address were
 * free (so that it tells nobody which addresses have accounts); the owner is mailed instead, at most once an hour.
 *
 * @param noticeId the mail's subject: one mail per attempt recorded
 */
@Revision("1")
public record DuplicateRegistrationAttempted(UserId userId, String email, UUID noticeId) {}
