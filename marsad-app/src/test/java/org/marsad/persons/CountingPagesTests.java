package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import org.marsad.web.PageSupport;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of counting (issue 7): the person page's "counted in" with links to the
 * events and its form, and the persons each figure names on the event page.
 */
@ActiveProfiles("test")
class CountingPagesTests extends PersonsContract {

	FigureRows figures;

	UUID event;

	@BeforeEach
	void figures() {
		this.figures = new FigureRows(this.jdbc);
		this.event = this.figures.event("publishable");
	}

	@Test
	void thePersonPageListsTheFiguresThePersonIsCountedInWithTheirEvents() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "about", 5);
		post("/api/persons/" + person + "/figures", Role.DOCUMENTER, Map.of("figureId", figure.toString()))
			.andExpect(status().isCreated());
		String page = page("/persons/" + person, Role.ANALYST);
		assertThat(page).contains("id=\"counted\"").contains("/events/" + this.event + "#figure-" + figure);
	}

	@Test
	void theFormLinksAFigureChosenFromTheEventsOfTheTimeline() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		post("/api/persons/" + person + "/statuses", Role.DOCUMENTER,
				Map.of("status", "detained", "on", "2019-01-20", "eventId", this.event.toString()))
			.andExpect(status().isOk());
		assertThat(page("/persons/" + person, Role.DOCUMENTER)).contains("value=\"" + figure + "\"");
		this.mvc
			.perform(MockMvcRequestBuilders.post("/persons/" + person + "/figures")
				.param("chosenFigureId", figure.toString())
				.with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf()))
			.andExpect(redirectedUrl("/persons/" + person + "#counted"));
		assertThat(get("/api/persons/" + person + "/figures", Role.DOCUMENTER)).hasSize(1);
	}

	@Test
	void theFormShowsARefusalUnderIt() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID vehicles = this.figures.figure(this.event, "vehicle", "exact", 40);
		String page = this.mvc
			.perform(MockMvcRequestBuilders.post("/persons/" + person + "/figures")
				.param("figureId", vehicles.toString())
				.with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"error\"");
	}

	@Test
	void theEventPageLoadsThePersonsEachFigureOfPersonsNames() throws Exception {
		UUID persons = this.figures.figure(this.event, "person", "about", 5);
		UUID vehicles = this.figures.figure(this.event, "vehicle", "exact", 40);
		String page = page("/events/" + this.event, Role.VIEWER);
		assertThat(page).contains("/persons/named/" + persons).doesNotContain("/persons/named/" + vehicles);
	}

	@Test
	void theNamedFragmentShowsAViewerNoInternalPerson() throws Exception {
		Map<String, Object> open = person("سلمى حسن العلي");
		open.put("confidentiality", "publishable");
		String publishable = createdId(open);
		String internal = createdId(person("مريم حسن العلي"));
		UUID figure = this.figures.figure(this.event, "person", "about", 5);
		for (String person : new String[] { publishable, internal }) {
			post("/api/persons/" + person + "/figures", Role.DOCUMENTER, Map.of("figureId", figure.toString()))
				.andExpect(status().isCreated());
		}
		assertThat(page("/persons/named/" + figure, Role.ANALYST)).contains("سلمى حسن العلي")
			.contains("مريم حسن العلي");
		assertThat(page("/persons/named/" + figure, Role.VIEWER)).contains("سلمى حسن العلي")
			.doesNotContain("مريم حسن العلي")
			.doesNotContain(internal);
	}

	private String page(String path, Role role) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(PageSupport.signedIn(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
