package org.marsad.extraction.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.catalogue.CatalogueChanged;
import org.marsad.text.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueExtractorTests {

	private static final Extractor STANDARD = Extractor.standard();

	private final AtomicLong clock = new AtomicLong();

	private final CountingDictionaries dictionaries = new CountingDictionaries();

	private final CatalogueExtractor extractor = new CatalogueExtractor(this.dictionaries, this.clock::get);

	@AfterEach
	void stop() throws InterruptedException {
		this.extractor.close();
	}

	@Test
	void buildsOnceWhileNothingChanges() {
		this.extractor.current();
		this.extractor.current();
		assertThat(this.dictionaries.builds.get()).isEqualTo(1);
	}

	@Test
	void aCommittedChangeIsInTheNextDraft() {
		this.extractor.current();
		this.extractor.on(new CatalogueChanged(java.util.Set.of("C5184"), java.util.Set.of()));
		this.extractor.current();
		assertThat(this.dictionaries.builds.get()).isEqualTo(2);
		assertThat(this.extractor.built().generation()).isEqualTo(1);
	}

	@Test
	void noticesAChangeByAnotherProcessOnceTheCheckIsDue() {
		this.extractor.current();
		this.dictionaries.revision.set("after-import");
		this.extractor.current();
		assertThat(this.dictionaries.builds.get()).isEqualTo(1);
		this.clock.addAndGet(TimeUnit.SECONDS.toNanos(CatalogueExtractor.REVISION_CHECK_SECONDS));
		this.extractor.current();
		assertThat(this.dictionaries.builds.get()).isEqualTo(2);
		assertThat(this.extractor.built().revision()).isEqualTo("after-import");
	}

	@Test
	void checksTheRevisionAtMostOncePerInterval() {
		this.extractor.current();
		int checks = this.dictionaries.checks.get();
		for (int i = 0; i < 100; i++) {
			this.extractor.current();
		}
		assertThat(this.dictionaries.checks.get()).isEqualTo(checks);
	}

	/** Dictionaries that count their work and report a revision the test sets. */
	static final class CountingDictionaries extends CatalogueDictionaries {

		final AtomicInteger builds = new AtomicInteger();

		final AtomicInteger checks = new AtomicInteger();

		final java.util.concurrent.atomic.AtomicReference<String> revision = new java.util.concurrent.atomic.AtomicReference<>(
				"start");

		CountingDictionaries() {
			super(null, null);
		}

		@Override
		String revision() {
			this.checks.incrementAndGet();
			return this.revision.get();
		}

		@Override
		BuiltExtractor build(long generation) {
			this.builds.incrementAndGet();
			return new BuiltExtractor(STANDARD, generation, this.revision.get(), 0, 0, 0);
		}

	}

}
