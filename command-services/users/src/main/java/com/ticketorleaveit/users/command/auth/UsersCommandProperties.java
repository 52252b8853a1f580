package com.ticketorleaveit.users.command.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the users command side.
 *
 * @param refreshTokenPurgeInterval how often expired refresh tokens are deleted (the first time this long after start)
 */
@ConfigurationProperties("ticketing.users.command")
record UsersCommandProperties(@DefaultValue("1h") Duration refreshTokenPurgeInterval) {}
