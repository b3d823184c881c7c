package org.marsad.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.security.Role;
import org.marsad.text.places.Gazetteer;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The place API: the seeded starter gazetteer, its hierarchy, search, and who may change
 * it how; written once and run on H2 ({@link PlaceApiTests}) and PostgreSQL
 * ({@link PlaceApiPostgresIntegrationTests}).
 */
abstract class PlaceApiContract extends CatalogueContract {

	ResultActions postPlace(Role role, Object body) throws Exception {
		return this.mvc.perform(post("/api/places").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions putPlace(Role role, String id, Object body) throws Exception {
		return this.mvc.perform(put("/api/places/" + id).with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions getAs(Role role, String path) throws Exception {
		return this.mvc.perform(get(path).with(as(role)));
	}

	String newPlace(String parentId) throws Exception {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		postPlace(Role.COORDINATOR, place(id, "قرية " + id, "Village " + id, "village", parentId))
			.andExpect(status().isCreated());
		return id;
	}

	@Test
	void seedsTheStarterGazetteerOnce() {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM place WHERE origin = 'starter'").query(Long.class).single())
			.isEqualTo(Gazetteer.starter().size());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM place_ancestor WHERE depth = 0").query(Long.class).single())
			.isEqualTo(rows("place"));
	}

	@Test
	void aPlaceHasTheDocumentedFields() throws Exception {
		List<String> fields = new java.util.ArrayList<>();
		read(getAs(Role.VIEWER, "/api/places/SY09")).propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("id", "nameAr", "nameEn", "kind", "lat", "lon", "parentId",
				"aliases", "origin", "version", "updatedAt", "updatedBy");
	}

	@Test
	void ancestorsComeNearestFirst() throws Exception {
		getAs(Role.VIEWER, "/api/places/C5184/ancestors").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(is(List.of("sy-baghuz", "SY0902", "SY09", "SY"))));
	}

	@Test
	void childrenAreThePlacesDirectlyWithin() throws Exception {
		getAs(Role.ANALYST, "/api/places/sy-baghuz/children").andExpect(jsonPath("$[*].id", hasItem("C5184")))
			.andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void aVillageLiesWithinItsGovernorateAndItself() throws Exception {
		getAs(Role.DOCUMENTER, "/api/places/C5184/within/SY09").andExpect(jsonPath("$.within").value(true));
		getAs(Role.DOCUMENTER, "/api/places/C5184/within/C5184").andExpect(jsonPath("$.within").value(true));
		getAs(Role.DOCUMENTER, "/api/places/C5184/within/SY08").andExpect(jsonPath("$.within").value(false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "الرقة", "الرقه", "الرَّقّـة", "رقة", "raqqa" })
	void findsAPlaceWhateverItsSpelling(String query) throws Exception {
		getAs(Role.VIEWER, "/api/places?q=" + query).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value("SY11"));
	}

	@Test
	void findsAPlaceByAnAlias() throws Exception {
		getAs(Role.VIEWER, "/api/places?q=Hassakeh").andExpect(jsonPath("$.items[0].id").value("SY08"));
	}

	@Test
	void filtersByKind() throws Exception {
		getAs(Role.VIEWER, "/api/places?kind=camp&size=100")
			.andExpect(jsonPath("$.items[*].kind", everyItem(is("camp"))))
			.andExpect(jsonPath("$.items[*].id", hasItem("sy-al-hol-camp")));
	}

	@Test
	void filtersByParent() throws Exception {
		getAs(Role.VIEWER, "/api/places?parent=sy-baghuz").andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void looksUpSeveralPlacesInTheOrderAsked() throws Exception {
		getAs(Role.VIEWER, "/api/places/lookup?ids=SY09,nowhere,C5184")
			.andExpect(jsonPath("$[*].id").value(is(List.of("SY09", "C5184"))));
	}

	@Test
	void servesLargePagesAsTheLargestAllowed() throws Exception {
		getAs(Role.VIEWER, "/api/places?size=1000").andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void refusesANegativePage() throws Exception {
		getAs(Role.VIEWER, "/api/places?page=-1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("page"));
	}

	@Test
	void refusesAnUnknownKindFilter() throws Exception {
		getAs(Role.VIEWER, "/api/places?kind=hamlet").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void anUnknownPlaceIsNotFound() throws Exception {
		getAs(Role.VIEWER, "/api/places/nowhere").andExpect(status().isNotFound());
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		this.mvc.perform(get("/api/places")).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR" })
	void coordinatorsAddPlacesWithinOthers(Role role) throws Exception {
		String id = "test-salhiyeh-" + role.name().toLowerCase();
		postPlace(role,
				Map.of("id", id, "nameAr", "الصالحية", "nameEn", "Al-Salihiyah", "kind", "village", "parentId",
						"SY0902", "lat", 34.71, "lon", 40.88, "aliases", List.of("صالحية البوكمال " + role.name())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/places/" + id))
			.andExpect(jsonPath("$.origin").value("curated"))
			.andExpect(jsonPath("$.version").value(1));
		getAs(Role.VIEWER, "/api/places/" + id + "/within/SY09").andExpect(jsonPath("$.within").value(true));
		getAs(Role.VIEWER, "/api/places?q=صالحيه البوكمال " + role.name())
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersCannotAddPlaces(Role role) throws Exception {
		String before = snapshot();
		postPlace(role, place("test-nope", "هجين", null, "town", null)).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void makesAnIdWhenNoneIsGiven() throws Exception {
		postPlace(Role.COORDINATOR, place(null, "تل الجاير", null, "village", "SY08")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("marsad-")));
	}

	@Test
	void refusesALatitudeBeyondThePoles() throws Exception {
		refused(Map.of("nameAr", "هجين", "kind", "town", "lat", 134.0, "lon", 40.0), "lat");
	}

	@Test
	void refusesALatitudeThatIsNotANumber() throws Exception {
		refused(Map.of("nameAr", "هجين", "kind", "town", "lat", "north", "lon", 40.0), "lat");
	}

	@Test
	void refusesAnUnknownKind() throws Exception {
		refused(place(null, "هجين", null, "hamlet", null), "kind");
	}

	@Test
	void refusesAnUnknownParent() throws Exception {
		refused(place(null, "هجين", null, "town", "SY99"), "parentId");
	}

	@Test
	void refusesAPlaceWithoutAName() throws Exception {
		refused(place(null, "  ", "", "town", null), "nameAr");
	}

	@Test
	void refusesAnAliasWithALineBreak() throws Exception {
		refused(Map.of("nameAr", "هجين", "kind", "town", "aliases", List.of("هجين\u0000")), "aliases");
	}

	@Test
	void refusesABodyThatIsNotJson() throws Exception {
		String before = snapshot();
		this.mvc
			.perform(post("/api/places").with(as(Role.COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameAr\": \"هجين\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("body"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesAnIdThatIsTaken() throws Exception {
		String before = snapshot();
		postPlace(Role.COORDINATOR, place("SY09", "دير الزور", null, "governorate", null))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("id"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void editsNameTheVersionTheyStartedFrom() throws Exception {
		String id = newPlace("SY0902");
		Map<String, Object> edit = place(null, "الصالحية", "Al-Salihiyah", "village", "SY0902");
		edit.put("version", 1);
		putPlace(Role.COORDINATOR, id, edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.nameAr").value("الصالحية"));
	}

	@Test
	void aStaleEditIsRefusedAndTheFirstEditStays() throws Exception {
		String id = newPlace("SY0902");
		Map<String, Object> first = place(null, "الصالحية", null, "village", "SY0902");
		first.put("version", 1);
		putPlace(Role.COORDINATOR, id, first).andExpect(status().isOk());
		Map<String, Object> second = place(null, "الجلاء", null, "village", "SY0902");
		second.put("version", 1);
		putPlace(Role.ADMIN, id, second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));
		getAs(Role.VIEWER, "/api/places/" + id).andExpect(jsonPath("$.nameAr").value("الصالحية"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void anEditNeedsAVersion() throws Exception {
		String id = newPlace("SY0902");
		putPlace(Role.COORDINATOR, id, place(null, "الصالحية", null, "village", "SY0902"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("version"));
	}

	@Test
	void aPlaceCannotMoveIntoItsOwnSubPlace() throws Exception {
		String before = snapshot();
		Map<String, Object> edit = place(null, "دير الزور", "Deir ez-Zor", "governorate", "C5184");
		edit.put("version", 1);
		putPlace(Role.COORDINATOR, "SY09", edit).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("parentId"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void movingAPlaceTakesItsSubPlacesAlong() throws Exception {
		String area = newPlace("SY0902");
		String village = newPlace(area);
		Map<String, Object> move = place(null, "قرية منقولة", null, "region", "SY08");
		move.put("version", 1);
		putPlace(Role.COORDINATOR, area, move).andExpect(status().isOk());
		getAs(Role.VIEWER, "/api/places/" + village + "/within/SY08").andExpect(jsonPath("$.within").value(true));
		getAs(Role.VIEWER, "/api/places/" + village + "/within/SY09").andExpect(jsonPath("$.within").value(false));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersCannotEditPlaces(Role role) throws Exception {
		Map<String, Object> edit = place(null, "دير الزور", null, "governorate", "SY");
		edit.put("version", 1);
		putPlace(role, "SY09", edit).andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/places/sy-baghuz-camp?version=1").with(as(role)))
			.andExpect(status().isForbidden());
	}

	@Test
	void deletesAPlaceNothingRefersTo() throws Exception {
		String id = newPlace("SY0902");
		this.mvc.perform(delete("/api/places/" + id + "?version=1").with(as(Role.COORDINATOR)))
			.andExpect(status().isNoContent());
		getAs(Role.VIEWER, "/api/places/" + id).andExpect(status().isNotFound());
	}

	@Test
	void keepsAPlaceThatAnEventRefersTo() throws Exception {
		String id = newPlace("SY0902");
		insertEventAt(id);
		this.mvc.perform(delete("/api/places/" + id + "?version=1").with(as(Role.ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("id"));
		getAs(Role.VIEWER, "/api/places/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.nameAr").value("قرية " + id));
	}

	@Test
	void keepsAPlaceThatOthersLieWithin() throws Exception {
		String before = snapshot();
		this.mvc.perform(delete("/api/places/sy-baghuz?version=1").with(as(Role.ADMIN)))
			.andExpect(status().isConflict());
		assertThat(snapshot()).isEqualTo(before);
	}

	void insertEventAt(String placeId) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, geo_precision, "
				+ "status, confidentiality, version, created_at, created_by, updated_at, updated_by) VALUES (:id, "
				+ "'displacement', :day, :day, 'day', :place, 1, 'single_source', 'internal', 1, :now, 'test', :now, "
				+ "'test')")
			.param("id", UUID.randomUUID())
			.param("day", LocalDate.of(2019, 1, 30))
			.param("place", placeId)
			.param("now", now)
			.update();
	}

	void refused(Map<String, ?> body, String field) throws Exception {
		String before = snapshot();
		postPlace(Role.COORDINATOR, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		assertThat(snapshot()).isEqualTo(before);
	}

}
