package org.marsad;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressDisplayTests {

	private final ByteArrayOutputStream written = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.written, true, StandardCharsets.UTF_8);

	private long now;

	private ProgressDisplay display(boolean terminal) {
		return new ProgressDisplay(this.out, terminal, () -> this.now);
	}

	private String written() {
		return this.written.toString(StandardCharsets.UTF_8);
	}

	@Test
	void showsCountRateAndTimeLeft() {
		ProgressDisplay display = display(false);
		display.indexed(0, 3000);
		this.now = 10_000_000_000L;
		display.indexed(1000, 3000);
		assertThat(written().lines()).last().isEqualTo("1,000/3,000  33%  100/s  ETA 0:20");
	}

	@Test
	void countsTimeFromTheFirstProgressTold() {
		this.now = 50_000_000_000L;
		ProgressDisplay display = display(false);
		this.now = 60_000_000_000L;
		display.indexed(0, 100);
		this.now = 62_000_000_000L;
		assertThat(display.seconds()).isEqualTo(2.0);
	}

	@Test
	void showsUnknownTimeLeftBeforeTheFirstRecord() {
		display(false).indexed(0, 3000);
		assertThat(written()).contains("ETA --:--");
	}

	@Test
	void writesAPlainLineEachTenthOfTheWayWhenNotOnATerminal() {
		ProgressDisplay display = display(false);
		for (long done = 0; done <= 100; done += 5) {
			this.now += 1_000_000L;
			display.indexed(done, 100);
		}
		display.finish(100, 100);
		assertThat(written().lines()).hasSize(11).allMatch((line) -> !line.contains("\r"));
	}

	@Test
	void writesALineAtLeastEveryTenSecondsWhenSlow() {
		ProgressDisplay display = display(false);
		display.indexed(0, 1_000_000);
		this.now = 5_000_000_000L;
		display.indexed(1, 1_000_000);
		this.now = 11_000_000_000L;
		display.indexed(2, 1_000_000);
		assertThat(written().lines()).hasSize(2);
	}

	@Test
	void redrawsOneLineOnATerminal() {
		ProgressDisplay display = display(true);
		for (long done = 0; done < 100; done += 10) {
			this.now += 200_000_000L;
			display.indexed(done, 100);
		}
		assertThat(written()).doesNotContain("\n").contains("\r[###");
	}

	@Test
	void endsTheRedrawnLineWhenFinished() {
		ProgressDisplay display = display(true);
		display.indexed(0, 100);
		this.now = 2_000_000_000L;
		display.indexed(100, 100);
		display.finish(100, 100);
		assertThat(written()).endsWith("100/100 100%  50/s  ETA 0:00\n").contains("[" + "#".repeat(30) + "]");
	}

	@Test
	void writesHoursOfTimeLeft() {
		assertThat(ProgressDisplay.duration(3 * 3600 + 61)).isEqualTo("3:01:01");
	}

}
