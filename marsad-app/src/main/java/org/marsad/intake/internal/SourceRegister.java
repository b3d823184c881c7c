package org.marsad.intake.internal;

import java.util.List;
import java.util.UUID;

import org.marsad.intake.NewSource;
import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.intake.UnknownRecord;
import org.marsad.text.vocabulary.SourceReliability;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Sources} use cases. Contact details leave this class only for callers who
 * may see protected fields.
 */
@Transactional(readOnly = true)
class SourceRegister implements Sources {

	private final SourceRepository sources;

	SourceRegister(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	@Transactional
	public Source create(NewSource source) {
		Source checked = SourceRules.check(source);
		this.sources.insert(checked, Caller.name());
		return shown(checked);
	}

	@Override
	@Transactional
	public Source grade(UUID id, String reliability) {
		SourceReliability grade = SourceRules.grade(reliability);
		if (!this.sources.updateReliability(id, grade)) {
			throw new UnknownRecord("source");
		}
		return get(id);
	}

	@Override
	public Source get(UUID id) {
		return this.sources.find(id).map(SourceRegister::shown).orElseThrow(() -> new UnknownRecord("source"));
	}

	@Override
	public PageOf<Source> list(PageRequest page) {
		List<Source> items = this.sources.page(page.offset(), page.size()).stream().map(SourceRegister::shown).toList();
		return new PageOf<>(items, page.page(), page.size(), this.sources.count());
	}

	@Override
	public List<Source> all() {
		return this.sources.byPseudonym().stream().map(SourceRegister::shown).toList();
	}

	private static Source shown(Source source) {
		if (Caller.seesProtected()) {
			return source;
		}
		return new Source(source.id(), source.pseudonym(), source.kind(), source.reliability(), null, source.notes(),
				source.createdAt());
	}

}
