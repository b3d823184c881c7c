package org.marsad.keys.internal;

import java.io.PrintStream;

import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.keys.KeyRotation;
import org.marsad.keys.MasterKey;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code ./marsad keys rotate [--new-data-key]}, {@code keys status},
 * {@code keys generate}. The new master key comes from {@code MARSAD_NEW_MASTER_KEY} when
 * set; otherwise it is generated (key file only).
 */
class KeysCommand implements ConsoleCommand {

	private static final String USAGE = "keys rotate [--new-data-key] | keys status | keys generate";

	private final KeyRotation rotation;

	private final Environment environment;

	KeysCommand(KeyRotation rotation, Environment environment) {
		this.rotation = rotation;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "keys";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		switch (line.positional(0, "say what to do with the keys")) {
			case "generate" -> out.println(MasterKey.generate().encoded());
			case "status" -> printStatus(this.rotation.status(), out);
			case "rotate" -> {
				String next = this.environment.getProperty("marsad.new-master-key");
				KeyRotation.Rotated rotated = this.rotation
					.rotate(StringUtils.hasText(next) ? MasterKey.parse(next) : null, line.flag("--new-data-key"));
				printRotated(rotated, out);
			}
			default -> throw new IllegalArgumentException("no such keys command");
		}
		return DONE;
	}

	private static void printStatus(KeyRotation.Status status, PrintStream out) {
		out.println("Master key " + status.masterKeyId() + " from " + status.masterKeySource());
		for (KeyRotation.DataKey key : status.dataKeys()) {
			out.println("  data key " + key.id() + (key.active() ? " (active)" : "") + ", wrapped under "
					+ key.wrappedUnder() + ", created " + key.createdAt() + ", seals " + key.values() + " values");
		}
	}

	private void printRotated(KeyRotation.Rotated rotated, PrintStream out) {
		out.println("Master key " + rotated.previousMasterKeyId() + " replaced by " + rotated.masterKeyId() + "; "
				+ rotated.rewrapped() + " data keys re-wrapped.");
		if (rotated.newDataKeyId() != null) {
			out.println("New data key " + rotated.newDataKeyId() + "; " + rotated.reencrypted()
					+ " values re-encrypted under it.");
		}
		if (StringUtils.hasText(this.environment.getProperty("marsad.master-key"))) {
			out.println("Set MARSAD_MASTER_KEY to the new key (MARSAD_NEW_MASTER_KEY) before servers next start.");
		}
		out.println("Backups encrypted with the old master key need it to be restored: keep it with them, "
				+ "or make a new backup.");
	}

}
