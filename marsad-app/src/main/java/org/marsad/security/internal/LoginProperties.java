package org.marsad.security.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed logins, from {@code marsad.login.*} ({@code MARSAD_LOGIN_*}).
 *
 * @param maxFailures consecutive failed logins after which an account is locked
 * @param lockFor how long a locked account refuses every login
 * @param maxAddressFailures failed logins from one client address within
 * {@code addressWindow} after which that address may not try again until the window ends
 * @param addressWindow the window of {@code maxAddressFailures}
 */
@ConfigurationProperties("marsad.login")
record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor,
		@DefaultValue("20") int maxAddressFailures, @DefaultValue("15m") Duration addressWindow) {
}
