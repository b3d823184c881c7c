package org.marsad.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marsad.audit.AuditEntry;
import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditPage;
import org.marsad.audit.AuditRecord;
import org.marsad.audit.ChainCheck;
import org.marsad.audit.Digest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link AuditLog} on the {@code audit_entry} table. An append locks the head row,
 * links the new entry to the head's hash and moves the head, all in the caller's
 * transaction.
 */
class AuditChain implements AuditLog {

	private final AuditRepository entries;

	private final Clock clock;

	AuditChain(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(AuditRecord record) {
		AuditRepository.Head head = this.entries.lockHead();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String before = (record.before() != null) ? record.before().hex() : null;
		String after = (record.after() != null) ? record.after().hex() : null;
		String actor = actor();
		String hash = ChainHash.of(head.hash(), now, actor, record.action(), record.recordKind(), record.recordId(),
				before, after);
		AuditEntry entry = new AuditEntry(head.seq() + 1, now, actor, record.action(), record.recordKind(),
				record.recordId(), before, after, head.hash(), hash);
		this.entries.append(entry);
		return entry;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Digest> latest(String recordKind, String recordId) {
		return this.entries.latestAfter(recordKind, recordId).map(Digest::new);
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage find(AuditFilter filter, int page, int size) {
		if (page < 0 || size < 1 || size > AuditPage.MAX_SIZE) {
			throw new IllegalArgumentException("page from 0, size from 1 to " + AuditPage.MAX_SIZE);
		}
		List<AuditEntry> items = new ArrayList<>(this.entries.page(filter, (long) page * size, size));
		return new AuditPage(items, page, size, this.entries.count(filter));
	}

	@Override
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		ChainVerifier verifier = new ChainVerifier(this.entries::seqOf);
		this.entries.forEach(verifier::accept);
		return verifier.finish(this.entries.head());
	}

	@Override
	@Transactional(readOnly = true)
	public ChainCheck verify(long seq, String hash) {
		ChainCheck check = verify();
		boolean witnessed = this.entries.at(seq).map((entry) -> entry.hash().equals(hash)).orElse(false);
		if (witnessed) {
			return check;
		}
		List<ChainCheck.Break> breaks = new ArrayList<>(check.breaks());
		breaks.add(new ChainCheck.Break(seq, ChainCheck.Problem.WITNESS,
				"entry " + seq + " as noted earlier is not in the chain: the chain was rewritten from there"));
		return new ChainCheck(check.entries(), check.lastSeq(), check.lastHash(), List.copyOf(breaks));
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

}
