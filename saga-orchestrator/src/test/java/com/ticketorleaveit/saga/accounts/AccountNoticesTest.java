package com.ticketorleaveit.saga.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.users.api.DuplicateRegistrationAttempted;
import com.ticketorleaveit.users.api.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountNoticesTest {

    private final UserId ada = UserId.random();

    @Test
    void mailsTheAccountsOwnerOncePerAttempt() {
        var attempt = new DuplicateRegistrationAttempted(ada, "ada@example.org", UUID.randomUUID());

        var notice = AccountNotices.notice(attempt);

        assertThat(notice.recipientUserId()).isEqualTo(ada.value());
        assertThat(notice.recipientEmail()).isEqualTo("ada@example.org");
        assertThat(notice.kind()).isEqualTo(NotificationKind.ACCOUNT_EXISTS);
        assertThat(notice.notificationId())
                .as("the same attempt redelivered asks for the same mail")
                .isEqualTo(AccountNotices.notice(attempt).notificationId())
                .isEqualTo(NotificationId.of(attempt.noticeId(), NotificationKind.ACCOUNT_EXISTS));
        assertThat(AccountNotices.notice(new DuplicateRegistrationAttempted(ada, "ada@example.org", UUID.randomUUID()))
                        .notificationId())
                .as("another attempt")
                .isNotEqualTo(notice.notificationId());
    }
}
