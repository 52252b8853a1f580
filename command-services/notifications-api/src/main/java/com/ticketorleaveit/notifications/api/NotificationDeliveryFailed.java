package com.ticketorleaveit.notifications.api;

import org.axonframework.serialization.Revision;

/**
 * Delivery gave up. The reason is one of the codes below, shown to the recipient as it is: what the mail server or
 * the mail library said (host names, addresses) goes to the log only.
 */
@Revision("1")
public record NotificationDeliveryFailed(NotificationId notificationId, String reason) {

    /** The notification names nobody to mail. */
    public static final String NO_RECIPIENT = "NO_RECIPIENT";

    /** The address or the message cannot be mailed, however often it is tried. */
    public static final String UNDELIVERABLE = "UNDELIVERABLE";

    /** The mail server refused or could not be reached on every try. */
    public static final String GAVE_UP_AFTER_RETRIES = "GAVE_UP_AFTER_RETRIES";
}
