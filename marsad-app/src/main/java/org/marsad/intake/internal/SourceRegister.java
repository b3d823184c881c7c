package org.marsad.intake.internal;

import java.util.List;
import java.util.UUID;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.intake.NewSource;
import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.intake.UnknownRecord;
import org.marsad.keys.FieldAddress;
import org.marsad.keys.ProtectedFields;
import org.marsad.keys.ProtectedText;
import org.marsad.keys.ProtectionFailed;
import org.marsad.text.vocabulary.SourceReliability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Sources} use cases.
 * <ul>
 * <li>contact details are sealed before they are stored, bound to the source's row, and
 * opened only for callers who may see protected fields</li>
 * <li>every write is recorded in the audit log in its transaction; the digests include
 * the sealed contact, never the clear one</li>
 * </ul>
 */
@Transactional(readOnly = true)
class SourceRegister implements Sources {

	private static final Logger log = LoggerFactory.getLogger(SourceRegister.class);

	private final SourceRepository sources;

	private final ProtectedFields protection;

	private final AuditLog audit;

	SourceRegister(SourceRepository sources, ProtectedFields protection, AuditLog audit) {
		this.sources = sources;
		this.protection = protection;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Source create(NewSource source) {
		Source checked = SourceRules.check(source);
		ProtectedText contact = this.protection.seal(checked.contact(), contactOf(checked.id()));
		Source stored = new Source(checked.id(), checked.pseudonym(), checked.kind(), checked.reliability(),
				(contact != null) ? contact.stored() : null, checked.notes(), checked.createdAt());
		this.sources.insert(stored, Caller.name());
		this.audit.record(AuditRecord.created("source", stored.id(), AuditContent.source(stored)));
		return Caller.seesProtected() ? checked : shown(stored);
	}

	@Override
	@Transactional
	public Source grade(UUID id, String reliability) {
		SourceReliability grade = SourceRules.grade(reliability);
		Source before = this.sources.find(id).orElseThrow(() -> new UnknownRecord("source"));
		if (!this.sources.updateReliability(id, grade)) {
			throw new UnknownRecord("source");
		}
		Source after = this.sources.find(id).orElseThrow(() -> new UnknownRecord("source"));
		this.audit
			.record(AuditRecord.of("graded", "source", id, AuditContent.source(before), AuditContent.source(after)));
		return shown(after);
	}

	@Override
	public Source get(UUID id) {
		return this.sources.find(id).map(this::shown).orElseThrow(() -> new UnknownRecord("source"));
	}

	@Override
	public PageOf<Source> list(PageRequest page) {
		List<Source> items = this.sources.page(page.offset(), page.size()).stream().map(this::shown).toList();
		return new PageOf<>(items, page.page(), page.size(), this.sources.count());
	}

	@Override
	public List<Source> all() {
		return this.sources.byPseudonym().stream().map(this::shown).toList();
	}

	/**
	 * A stored source as the caller may see it: the contact opened for those who may see
	 * protected fields, otherwise left out.
	 */
	private Source shown(Source stored) {
		String contact = Caller.seesProtected() ? opened(stored) : null;
		return new Source(stored.id(), stored.pseudonym(), stored.kind(), stored.reliability(), contact, stored.notes(),
				stored.createdAt());
	}

	private String opened(Source stored) {
		if (stored.contact() == null) {
			return null;
		}
		if (!ProtectedText.isSealed(stored.contact())) {
			log.error("Contact details of source {} are not sealed; they are sealed at the next start", stored.id());
			return null;
		}
		try {
			return this.protection.open(ProtectedText.ofStored(stored.contact()), contactOf(stored.id()));
		}
		catch (ProtectionFailed ex) {
			log.error("Contact details of source {} cannot be opened: {}", stored.id(), ex.getMessage());
			return null;
		}
	}

	private static FieldAddress contactOf(UUID id) {
		return FieldAddress.of("source", "contact", id);
	}

}
