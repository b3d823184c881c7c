package org.marsad.intake.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.intake.Channel;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.NewReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReportRulesTests {

	static final UUID KNOWN = UUID.fromString("5f0c6a1e-3b7d-4f43-9d4e-2f1a7c9b8e10");

	static ReportRules.Checked check(NewReport report) {
		return ReportRules.check(report, 1000, KNOWN::equals);
	}

	static NewReport text(String text) {
		return new NewReport(text, null, null, null, null, null, null, null);
	}

	static IntakeRefused refusal(NewReport report) {
		try {
			check(report);
		}
		catch (IntakeRefused refused) {
			return refused;
		}
		throw new AssertionError("not refused");
	}

	@Test
	void keepsTheTextExactly() {
		String text = "  إعتقال إبن أحد السكان ـــ ٣ أشخاص\r\n  ";
		assertThat(check(text(text)).text()).isEqualTo(text);
	}

	@Test
	void detectsArabicDespiteLatinNames() {
		assertThat(check(text("أفادت قسد SDF بخروج ٣٠٠ عائلة من هجين")).language()).isEqualTo("ar");
	}

	@Test
	void defaultsToMessageAndUnjudgedCredibility() {
		ReportRules.Checked checked = check(text("نص"));
		assertThat(checked.channel()).isEqualTo(Channel.MESSAGE);
		assertThat(checked.credibility()).isEqualTo(6);
	}

	@Test
	void readsLocalDateTimeAsUtc() {
		NewReport report = new NewReport("نص", null, null, null, "2019-03-05T09:30", null, null, null);
		assertThat(check(report).receivedAt()).isEqualTo(Instant.parse("2019-03-05T09:30:00Z"));
	}

	@Test
	void readsOffsetDateTime() {
		NewReport report = new NewReport("نص", null, null, null, "2019-03-05T12:30:00+03:00", null, null, null);
		assertThat(check(report).receivedAt()).isEqualTo(Instant.parse("2019-03-05T09:30:00Z"));
	}

	@Test
	void acceptsAKnownSource() {
		NewReport report = new NewReport("نص", null, null, null, null, null, KNOWN.toString(), null);
		assertThat(check(report).sourceId()).isEqualTo(KNOWN);
	}

	@Test
	void refusesAMalformedSourceIdAsUnknown() {
		NewReport report = new NewReport("نص", null, null, null, null, null, "مصدر", null);
		assertThat(refusal(report).problems().get(0).field()).isEqualTo("sourceId");
	}

	@Test
	void refusesNul() {
		assertThat(refusal(text("نص\u0000مخفي")).problems().get(0).code()).isEqualTo("report.error.textNul");
	}

	@Test
	void measuresTheLimitInUtf8Bytes() {
		assertThatExceptionOfType(IntakeRefused.class).isThrownBy(() -> check(text("ب".repeat(501))))
			.satisfies((refused) -> assertThat(refused.isTooLarge()).isTrue());
	}

	@Test
	void acceptsTextAtTheLimit() {
		assertThat(check(text("ب".repeat(500))).text()).hasSize(500);
	}

	@Test
	void namesEveryBrokenRule() {
		NewReport report = new NewReport("", "", "fr", "pigeon", "أمس", "2019-02-30", UUID.randomUUID().toString(),
				"7");
		assertThat(refusal(report).problems()).extracting("field")
			.containsExactly("text", "language", "channel", "receivedAt", "publishedAt", "sourceId", "credibility");
	}

}
