package org.marsad.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.intake.FieldProblem;
import org.marsad.publishing.Bulletin;
import org.marsad.publishing.BulletinDraft;
import org.marsad.publishing.Bulletins;
import org.marsad.publishing.BulletinWithdrawal;
import org.marsad.publishing.PublishingRefused;
import org.marsad.publishing.Withdrawal;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Composes, revises and publishes bulletins.
 * <ul>
 * <li>date required, an ISO date; titles required, at most {@value #TITLE_MAX}
 * characters; bodies required, figures only as placeholders ({@link BulletinFigures}),
 * every placeholder bound to a published snapshot or a publishable event</li>
 * <li>every problem is named at once; nothing is written when there is one</li>
 * <li>publishing renders again from the data as it stands, reads what the charts and map
 * show ({@link BulletinIllustrations#freeze}), then freezes and signs both; a published
 * bulletin is refused any change</li>
 * <li>a published bulletin can be withdrawn once, with reasons in both languages (each
 * required, at most {@value #REASON_MAX} characters) signed as a notice that names the
 * bulletin's own signature</li>
 * </ul>
 */
class BulletinDesk implements Bulletins {

	static final int TITLE_MAX = 300;

	static final int REASON_MAX = 2000;

	private final BulletinRepository repository;

	private final BulletinFigures figures;

	private final BulletinSigner signer;

	private final BulletinIllustrations illustrations;

	private final Clock clock;

	BulletinDesk(BulletinRepository repository, BulletinFigures figures, BulletinIllustrations illustrations,
			BulletinSigner signer, Clock clock) {
		this.repository = repository;
		this.figures = figures;
		this.illustrations = illustrations;
		this.signer = signer;
		this.clock = clock;
	}

	@Override
	public Bulletin compose(BulletinDraft draft) {
		Bulletin bulletin = checked(UUID.randomUUID(), draft, 1);
		this.repository.insert(bulletin, Instant.now(this.clock), caller());
		return bulletin;
	}

	@Override
	public Bulletin revise(UUID id, BulletinDraft draft) {
		Bulletin current = stored(id);
		if (current.published()) {
			throw PublishingRefused.of("id", "publishing.error.published");
		}
		if (draft.version() == null || draft.version() != current.version()) {
			throw PublishingRefused.of("version", "publishing.error.version");
		}
		Bulletin bulletin = checked(id, draft, current.version() + 1);
		if (!this.repository.revise(bulletin, current.version(), Instant.now(this.clock), caller())) {
			throw PublishingRefused.of("version", "publishing.error.version");
		}
		return bulletin;
	}

	@Override
	public Bulletin publish(UUID id) {
		Bulletin current = stored(id);
		if (current.published()) {
			throw PublishingRefused.of("id", "publishing.error.published");
		}
		Bulletin rendered = checked(id, draftOf(current), current.version());
		Instant at = Instant.now(this.clock);
		Bulletin unsigned = new Bulletin(id, rendered.date(), rendered.titleAr(), rendered.titleEn(), rendered.bodyAr(),
				rendered.bodyEn(), rendered.renderedAr(), rendered.renderedEn(), rendered.version(), true, at, null,
				null, this.illustrations.freeze(rendered), null);
		Bulletin signed = new Bulletin(id, unsigned.date(), unsigned.titleAr(), unsigned.titleEn(), unsigned.bodyAr(),
				unsigned.bodyEn(), unsigned.renderedAr(), unsigned.renderedEn(), unsigned.version(), true, at,
				this.signer.sign(unsigned.signedText()), this.signer.publicKey(), unsigned.illustrations(), null);
		if (!this.repository.publish(signed, caller())) {
			throw PublishingRefused.of("id", "publishing.error.published");
		}
		return signed;
	}

	@Override
	public Bulletin withdraw(UUID id, BulletinWithdrawal request) {
		Bulletin current = stored(id);
		if (!current.published()) {
			throw PublishingRefused.of("id", "publishing.error.notPublished");
		}
		if (current.withdrawn()) {
			throw PublishingRefused.of("id", "publishing.error.withdrawn");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String reasonAr = reason(request.reasonAr(), "reasonAr", problems);
		String reasonEn = reason(request.reasonEn(), "reasonEn", problems);
		if (!problems.isEmpty()) {
			throw new PublishingRefused(problems);
		}
		// To the millisecond: the moment is signed, and read back from a column that
		// keeps no
		// more than microseconds.
		Withdrawal unsigned = new Withdrawal(Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS), reasonAr, reasonEn,
				null);
		Withdrawal signed = new Withdrawal(unsigned.at(), reasonAr, reasonEn,
				this.signer.sign(unsigned.signedText(current)));
		Bulletin withdrawn = new Bulletin(id, current.date(), current.titleAr(), current.titleEn(), current.bodyAr(),
				current.bodyEn(), current.renderedAr(), current.renderedEn(), current.version(), true,
				current.publishedAt(), current.signature(), current.publicKey(), current.illustrations(), signed);
		if (!this.repository.withdraw(withdrawn, caller())) {
			throw PublishingRefused.of("id", "publishing.error.withdrawn");
		}
		return withdrawn;
	}

	private static String reason(String reason, String field, List<FieldProblem> problems) {
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem(field, "publishing.error.required"));
			return null;
		}
		if (reason.strip().length() > REASON_MAX) {
			problems.add(new FieldProblem(field, "publishing.error.tooLong"));
		}
		return reason.strip();
	}

	/**
	 * A published bulletin as frozen; a draft rendered again from the data as it stands,
	 * so that its preview follows the record. A draft that no longer renders (an event
	 * cited was voided or made internal) keeps the text of its last save: publishing it
	 * is refused, naming the body.
	 */
	@Override
	public Bulletin get(UUID id) {
		Bulletin stored = stored(id);
		if (stored.published()) {
			return stored;
		}
		try {
			return checked(id, draftOf(stored), stored.version());
		}
		catch (PublishingRefused ex) {
			return stored;
		}
	}

	private Bulletin stored(UUID id) {
		return this.repository.find(id).orElseThrow(NotPublished::new);
	}

	private static BulletinDraft draftOf(Bulletin bulletin) {
		return new BulletinDraft(bulletin.date().toString(), bulletin.titleAr(), bulletin.titleEn(), bulletin.bodyAr(),
				bulletin.bodyEn(), bulletin.version());
	}

	@Override
	public List<Bulletin> list() {
		return this.repository.all();
	}

	private Bulletin checked(UUID id, BulletinDraft draft, int version) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = null;
		if (draft.date() == null || draft.date().isBlank()) {
			problems.add(new FieldProblem("date", "publishing.error.required"));
		}
		else {
			try {
				date = LocalDate.parse(draft.date().strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("date", "publishing.error.date"));
			}
		}
		String titleAr = title(draft.titleAr(), "titleAr", problems);
		String titleEn = title(draft.titleEn(), "titleEn", problems);
		List<String> renderedAr = body(draft.bodyAr(), "ar", "bodyAr", problems);
		List<String> renderedEn = body(draft.bodyEn(), "en", "bodyEn", problems);
		if (!problems.isEmpty()) {
			throw new PublishingRefused(problems);
		}
		return new Bulletin(id, date, titleAr, titleEn, draft.bodyAr().strip(), draft.bodyEn().strip(), renderedAr,
				renderedEn, version, false, null, null, null, null, null);
	}

	private static String title(String title, String field, List<FieldProblem> problems) {
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem(field, "publishing.error.required"));
			return null;
		}
		if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem(field, "publishing.error.tooLong"));
		}
		return title.strip();
	}

	private List<String> body(String body, String language, String field, List<FieldProblem> problems) {
		if (body == null || body.isBlank()) {
			problems.add(new FieldProblem(field, "publishing.error.required"));
			return List.of();
		}
		return this.figures.render(body, language, field, problems);
	}

	private static String caller() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
