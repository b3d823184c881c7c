package org.marsad.audit.internal;

import java.io.PrintStream;

import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.audit.AuditLog;
import org.marsad.audit.ChainCheck;

/**
 * {@code ./marsad audit verify [--expect SEQ:HASH]}: verifies the chain and prints one
 * line per break, naming the entry, then the last entry as {@code SEQ:HASH} to be noted
 * elsewhere. Exit status 1 when the chain is broken.
 */
class AuditCommand implements ConsoleCommand {

	private static final String EXPECT = "--expect SEQ:HASH, as printed by an earlier audit verify";

	private final AuditLog log;

	AuditCommand(AuditLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String usage() {
		return "audit verify [--expect SEQ:HASH]";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		if (!"verify".equals(line.positional(0, "say what to do with the audit log"))) {
			throw new IllegalArgumentException("no such audit command");
		}
		String expect = line.value("--expect");
		ChainCheck check = (expect != null) ? witnessed(expect) : this.log.verify();
		for (ChainCheck.Break broken : check.breaks()) {
			out.println(broken.problem() + " at entry " + broken.seq() + ": " + broken.detail());
		}
		out.println((check.intact() ? "The audit chain is intact: " : "The audit chain is BROKEN: ") + check.entries()
				+ " entries, last " + check.lastSeq() + ":" + check.lastHash());
		return check.intact() ? DONE : FAILED;
	}

	private ChainCheck witnessed(String expect) {
		int colon = expect.indexOf(':');
		if (colon < 1) {
			throw new IllegalArgumentException(EXPECT);
		}
		try {
			return this.log.verify(Long.parseLong(expect.substring(0, colon)), expect.substring(colon + 1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(EXPECT);
		}
	}

}
