package org.marsad.keys.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * At the start of the server, before requests are served: opens the keyring (so that a
 * wrong or missing master key stops the start with a clear message rather than failing
 * later), then seals any clear value left in the protected columns, such as contact
 * details stored before encryption existed. Running it again changes nothing.
 */
class KeyringStartup implements ApplicationRunner, Ordered {

	private final Keyring keyring;

	private final ProtectedValues values;

	KeyringStartup(Keyring keyring, ProtectedValues values) {
		this.keyring = keyring;
		this.values = values;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.keyring.load();
		this.values.sealClearValues();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
