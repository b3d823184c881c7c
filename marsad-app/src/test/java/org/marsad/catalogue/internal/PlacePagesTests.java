package org.marsad.catalogue.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceChange;
import org.marsad.catalogue.Places;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.marsad.web.PageSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The place pages: who reads them, who edits through them, and what they show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlacePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Places places;

	String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return PageSupport.html(this.mvc.perform(request.with(PageSupport.signedIn(role))).andExpect(status().isOk()));
	}

	Place newPlace() {
		String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
		return PageSupport.as(Role.COORDINATOR, () -> this.places
			.create(new PlaceChange(id, "قرية " + id, null, "village", null, null, "SY0902", List.of())));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheList(Role role) throws Exception {
		assertThat(page(get("/places").param("q", "الرقه"), role)).contains("href=\"/places/SY11\"");
	}

	@Test
	void theListFiltersByKind() throws Exception {
		String html = page(get("/places").param("kind", "camp").header("Accept-Language", "en"), Role.VIEWER);
		assertThat(html).contains("/places/sy-al-hol-camp").doesNotContain("href=\"/places/SY09\"");
	}

	@Test
	void anHtmxSearchGetsTheResultsOnly() throws Exception {
		String html = page(get("/places").param("q", "هجين").header("HX-Request", "true"), Role.ANALYST);
		assertThat(html).contains("id=\"results\"").contains("/places/C5175").doesNotContain("<html");
	}

	@Test
	void anUnknownKindIsNamedOnThePage() throws Exception {
		assertThat(page(get("/places").param("kind", "hamlet").header("Accept-Language", "en"), Role.VIEWER))
			.contains("The kind must be one of");
	}

	@Test
	void aPlaceShowsWhereItLiesItsNamesAndItsMap() throws Exception {
		String html = page(get("/places/C5184"), Role.VIEWER);
		assertThat(html).contains("الباغوز فوقاني")
			.contains("href=\"/places/sy-baghuz\"")
			.contains("href=\"/places/SY09\"")
			.contains("Upper Baghuz")
			.contains("https://www.openstreetmap.org/?mlat=34.45718&amp;mlon=40.95");
	}

	@Test
	void aPlaceShowsWhatLiesWithinIt() throws Exception {
		assertThat(page(get("/places/sy-baghuz").header("Accept-Language", "en"), Role.VIEWER))
			.contains("href=\"/places/C5184\"")
			.contains("Places within");
	}

	@Test
	void englishPagesNameThePlaceInEnglish() throws Exception {
		assertThat(page(get("/places/C5184").header("Accept-Language", "en"), Role.VIEWER))
			.contains("<h1 dir=\"auto\">Baghuz Fawqani</h1>")
			.contains("Village");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR" })
	void coordinatorsGetTheEditLinks(Role role) throws Exception {
		assertThat(page(get("/places/C5184"), role)).contains("/places/C5184/edit").contains("/places/new");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersGetNoEditLinksAndNoForms(Role role) throws Exception {
		assertThat(page(get("/places/C5184"), role)).doesNotContain("/edit").doesNotContain("/places/new");
		this.mvc.perform(get("/places/new").with(PageSupport.signedIn(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/places/C5184/edit").with(PageSupport.signedIn(role))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToLogIn() throws Exception {
		this.mvc.perform(get("/places")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anUnknownPlaceIsNotFound() throws Exception {
		this.mvc.perform(get("/places/nowhere").with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void coordinatorsAddAPlaceWithArabicDigits() throws Exception {
		this.mvc
			.perform(post("/places").param("id", "page-tayyana")
				.param("nameAr", "الطيانة")
				.param("kind", "village")
				.param("parentId", "SY0903")
				.param("lat", "٣٤٫٩٣")
				.param("lon", "٤٠٫٥٨")
				.param("aliases", "Tayyana\r\nالطيانه")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(redirectedUrl("/places/page-tayyana"));
		Place stored = PageSupport.as(Role.VIEWER, () -> this.places.get("page-tayyana"));
		assertThat(stored.lat()).isEqualTo(34.93);
		assertThat(stored.aliases()).containsExactlyInAnyOrder("Tayyana", "الطيانه");
		assertThat(stored.updatedBy()).isEqualTo("page-coordinator");
	}

	@Test
	void theFormNamesWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		String html = PageSupport.html(
				this.mvc
					.perform(post("/places").param("nameAr", "الجرذي")
						.param("kind", "village")
						.param("lat", "north")
						.param("lon", "40.5")
						.param("parentId", "SY99")
						.with(csrf())
						.with(PageSupport.signedIn(Role.ADMIN))
						.header("Accept-Language", "en"))
					.andExpect(status().isBadRequest()));
		assertThat(html).contains("The latitude must be a number from -90 to 90.")
			.contains("There is no such place for it to lie within.")
			.contains("value=\"الجرذي\"");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersCannotPostPlaces(Role role) throws Exception {
		this.mvc
			.perform(post("/places").param("nameAr", "الجرذي")
				.param("kind", "village")
				.with(csrf())
				.with(PageSupport.signedIn(role)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStaleEditShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
		Place place = newPlace();
		PageSupport.as(Role.ADMIN, () -> this.places.update(place.id(), 1,
				new PlaceChange(null, "اسم من شخص آخر", null, "village", null, null, "SY0902", List.of())));
		String html = PageSupport.html(
				this.mvc
					.perform(post("/places/" + place.id()).param("version", "1")
						.param("nameAr", "الاسم الذي كتبته")
						.param("kind", "village")
						.param("parentId", "SY0902")
						.with(csrf())
						.with(PageSupport.signedIn(Role.COORDINATOR))
						.header("Accept-Language", "en"))
					.andExpect(status().isConflict()));
		assertThat(html).contains("Someone changed this entry")
			.contains("value=\"الاسم الذي كتبته\"")
			.contains("name=\"version\" value=\"2\"");
		assertThat(PageSupport.as(Role.VIEWER, () -> this.places.get(place.id())).nameAr()).isEqualTo("اسم من شخص آخر");
	}

	@Test
	void coordinatorsEditThroughTheForm() throws Exception {
		Place place = newPlace();
		assertThat(page(get("/places/" + place.id() + "/edit"), Role.COORDINATOR))
			.contains("name=\"version\" value=\"1\"");
		this.mvc
			.perform(post("/places/" + place.id()).param("version", "1")
				.param("nameAr", "المجاودة")
				.param("kind", "village")
				.param("parentId", "SY0902")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(redirectedUrl("/places/" + place.id()));
		assertThat(PageSupport.as(Role.VIEWER, () -> this.places.get(place.id())).nameAr()).isEqualTo("المجاودة");
	}

	@Test
	void deletesFromThePlacePage() throws Exception {
		Place place = newPlace();
		this.mvc
			.perform(post("/places/" + place.id() + "/delete").param("version", "1")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(redirectedUrl("/places"));
		assertThat(PageSupport.as(Role.VIEWER, () -> this.places.getAll(List.of(place.id())))).isEmpty();
	}

	@Test
	void aPlaceWithSubPlacesStays() throws Exception {
		this.mvc
			.perform(post("/places/sy-baghuz/delete").param("version", "1")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(redirectedUrl("/places/sy-baghuz"))
			.andExpect(flash().attribute("refusal", "catalogue.error.hasChildren"));
		assertThat(PageSupport.as(Role.VIEWER, () -> this.places.get("sy-baghuz"))).isNotNull();
	}

	@Test
	void thePagesFollowThePageRules() throws Exception {
		PageSupport.assertFollowsPageRules(page(get("/places"), Role.ADMIN));
		PageSupport.assertFollowsPageRules(page(get("/places/C5184"), Role.ADMIN));
		PageSupport.assertFollowsPageRules(page(get("/places/new"), Role.COORDINATOR));
		PageSupport.assertFollowsPageRules(page(get("/places/SY09/edit"), Role.COORDINATOR));
	}

	@Test
	void theMenuLinksToPlacesAndActors() throws Exception {
		assertThat(page(get("/"), Role.VIEWER)).contains("href=\"/places\"").contains("href=\"/actors\"");
	}

}
