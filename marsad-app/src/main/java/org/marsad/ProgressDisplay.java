package org.marsad;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.marsad.search.Reindexing;

/**
 * Shows how far a long command has come on standard error: done/total, rate and the time
 * left.
 * <ul>
 * <li>On a terminal, one line redrawn in place (carriage return), at most every
 * {@value #REDRAW_MILLIS} ms, with a bar of {@value #BAR_WIDTH} cells.</li>
 * <li>Otherwise (a log file, a pipe), plain lines: one each tenth of the way, and at
 * least every {@value #LINE_SECONDS} s.</li>
 * <li>Time counts from the first progress told (the start of the work, not of the
 * application); the time left is what remains at the mean rate so far, unknown until the
 * first records are done.</li>
 * </ul>
 */
final class ProgressDisplay implements Reindexing.Progress {

	private static final long REDRAW_MILLIS = 100;

	private static final long LINE_SECONDS = 10;

	private static final int BAR_WIDTH = 30;

	private static final int STEPS = 10;

	private static final long NANOS_PER_MILLI = 1_000_000L;

	private final PrintStream out;

	private final boolean terminal;

	private final LongSupplier nanos;

	private long start = Long.MIN_VALUE;

	private long lastShown = Long.MIN_VALUE;

	private long lastStep = -1;

	private int lastWidth;

	/**
	 * A display on a stream.
	 * @param out where to write, standard error
	 * @param terminal whether it is a terminal, so that the line can be redrawn
	 * @param nanos the clock, {@link System#nanoTime()}
	 */
	ProgressDisplay(PrintStream out, boolean terminal, LongSupplier nanos) {
		this.out = out;
		this.terminal = terminal;
		this.nanos = nanos;
	}

	@Override
	public synchronized void indexed(long done, long total) {
		long now = this.nanos.getAsLong();
		if (this.start == Long.MIN_VALUE) {
			this.start = now;
		}
		boolean last = total > 0 && done >= total;
		if (this.terminal) {
			if (last || this.lastShown == Long.MIN_VALUE || now - this.lastShown >= REDRAW_MILLIS * NANOS_PER_MILLI) {
				redraw(line(done, total, now, true));
				this.lastShown = now;
			}
			return;
		}
		long step = (total > 0) ? done * STEPS / total : 0;
		if (step > this.lastStep || now - this.lastShown >= LINE_SECONDS * 1000 * NANOS_PER_MILLI) {
			this.out.println(line(done, total, now, false));
			this.lastStep = step;
			this.lastShown = now;
		}
	}

	/**
	 * Ends the display: the last line stays on screen.
	 * @param done how many were done
	 * @param total how many there were
	 */
	synchronized void finish(long done, long total) {
		if (this.terminal) {
			redraw(line(done, total, this.nanos.getAsLong(), true));
			this.out.println();
		}
		else if (this.lastStep < STEPS) {
			this.out.println(line(done, total, this.nanos.getAsLong(), false));
		}
		this.out.flush();
	}

	/**
	 * Leaves the line being redrawn, so that what follows starts on a line of its own.
	 */
	synchronized void interrupt() {
		if (this.terminal && this.lastWidth > 0) {
			this.out.println();
		}
		this.out.flush();
	}

	/** Seconds since the first progress was told, 0 before. */
	synchronized double seconds() {
		return (this.start == Long.MIN_VALUE) ? 0 : (this.nanos.getAsLong() - this.start) / 1e9;
	}

	private void redraw(String line) {
		int padding = Math.max(0, this.lastWidth - line.length());
		this.out.print("\r" + line + " ".repeat(padding));
		this.out.flush();
		this.lastWidth = line.length();
	}

	private String line(long done, long total, long now, boolean bar) {
		double seconds = (this.start == Long.MIN_VALUE) ? 0 : (now - this.start) / 1e9;
		double rate = (seconds > 0) ? done / seconds : 0;
		StringBuilder line = new StringBuilder();
		if (bar) {
			int filled = (total > 0) ? (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total) : 0;
			line.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
		}
		line.append(String.format(Locale.ROOT, "%,d/%,d", done, total));
		if (total > 0) {
			line.append(String.format(Locale.ROOT, " %3d%%", done * 100 / total));
		}
		line.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
		line.append("  ETA ").append((rate > 0 && total >= done) ? duration((total - done) / rate) : "--:--");
		return line.toString();
	}

	static String duration(double seconds) {
		long whole = Math.round(seconds);
		long hours = whole / 3600;
		long minutes = (whole % 3600) / 60;
		long rest = whole % 60;
		return (hours > 0) ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
				: String.format(Locale.ROOT, "%d:%02d", minutes, rest);
	}

}
