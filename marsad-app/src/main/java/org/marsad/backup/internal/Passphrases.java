package org.marsad.backup.internal;

import java.io.Console;
import java.util.Arrays;

import org.marsad.backup.BackupKey;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the passphrase of an archive comes from: {@code MARSAD_BACKUP_PASSPHRASE}
 * (property {@code marsad.backup-passphrase}) when set, otherwise typed at the console
 * without echo (twice for a new archive). Never from the command line, where other users
 * of the machine could read it.
 */
final class Passphrases {

	private Passphrases() {
	}

	static BackupKey.Passphrase read(Environment environment, boolean confirm) {
		String configured = environment.getProperty("marsad.backup-passphrase");
		if (StringUtils.hasText(configured)) {
			return new BackupKey.Passphrase(configured.toCharArray());
		}
		Console console = System.console();
		if (console == null) {
			throw new IllegalArgumentException(
					"set MARSAD_BACKUP_PASSPHRASE or run at a console to type the passphrase");
		}
		char[] first = console.readPassword("Passphrase (at least %d characters): ", BackupKey.Passphrase.MIN_LENGTH);
		if (confirm) {
			char[] second = console.readPassword("The same passphrase again: ");
			boolean same = Arrays.equals(first, second);
			Arrays.fill(second, '\0');
			if (!same) {
				throw new IllegalArgumentException("the two passphrases differ");
			}
		}
		try {
			return new BackupKey.Passphrase(first);
		}
		finally {
			Arrays.fill(first, '\0');
		}
	}

}
