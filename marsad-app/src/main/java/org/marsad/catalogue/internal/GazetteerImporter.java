package org.marsad.catalogue.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.marsad.catalogue.CatalogueChanged;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.GazetteerImports;
import org.marsad.catalogue.ImportOutcome;
import org.marsad.catalogue.ImportRefused;
import org.marsad.catalogue.Place;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.vocabulary.PlaceKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@link GazetteerImports} use case.
 * <ul>
 * <li>the file is read and checked before the transaction starts
 * ({@link GazetteerFiles}); a Syrian Archive file's communities are attached to the
 * subdistricts the catalogue holds (import OpenSyria first to get them)</li>
 * <li>in one transaction: every row is planned against the catalogue as it is
 * ({@link ImportPlan}); if any row is rejected the import stops there and nothing is
 * written, unless rejected rows are to be skipped; then places are added and updated in
 * batches and {@code place_ancestor} is rewritten for them and everything below them</li>
 * <li>{@link CatalogueChanged} names the places written</li>
 * </ul>
 */
class GazetteerImporter implements GazetteerImports {

	private static final Set<PlaceKind> ADMIN_KINDS = EnumSet.of(PlaceKind.GOVERNORATE, PlaceKind.DISTRICT,
			PlaceKind.SUBDISTRICT);

	private final PlaceRepository places;

	private final PlaceRows rows;

	private final PlaceClosure closure;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Function<Problem, String> reasons = GazetteerImporter::english;

	GazetteerImporter(PlaceRepository places, PlaceRows rows, PlaceClosure closure, ApplicationEventPublisher events,
			TransactionOperations transactions) {
		this.places = places;
		this.rows = rows;
		this.closure = closure;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public ImportOutcome importFile(Path file, GazetteerFormat format, boolean skipRejected) {
		GazetteerFormat chosen = (format != null) ? format : GazetteerFiles.detect(file);
		List<org.marsad.text.Place> read = GazetteerFiles.read(file, chosen, this::adminAreas);
		return this.transactions.execute((status) -> apply(chosen, read, skipRejected));
	}

	private ImportOutcome apply(GazetteerFormat format, List<org.marsad.text.Place> read, boolean skipRejected) {
		Map<String, Place> stored = this.places.all()
			.stream()
			.collect(Collectors.toMap(Place::id, Function.identity()));
		ImportPlan plan = new ImportPlan(format, stored, Timestamps.now(), Caller.name(), this.reasons);
		for (int i = 0; i < read.size(); i++) {
			plan.add(i + 1, read.get(i));
		}
		plan.rejectLoops(this.places.parents());
		if (plan.hasRejections() && !skipRejected) {
			throw new ImportRefused(plan.outcome(false));
		}
		this.rows.insert(plan.added());
		this.rows.update(plan.updated());
		Set<String> touched = plan.touched();
		if (!touched.isEmpty()) {
			this.closure.refresh(touched);
			this.events.publishEvent(new CatalogueChanged(touched, Set.of()));
		}
		return plan.outcome(true);
	}

	private Gazetteer adminAreas() {
		return Gazetteer.builder()
			.addAll(this.places.all()
				.stream()
				.filter((place) -> ADMIN_KINDS.contains(place.kind()))
				.map(Place::toGazetteerEntry)
				.toList())
			.build();
	}

	private static String english(Problem problem) {
		try {
			return ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString(problem.code());
		}
		catch (MissingResourceException ex) {
			return problem.code();
		}
	}

}
