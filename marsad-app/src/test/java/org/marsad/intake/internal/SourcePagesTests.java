package org.marsad.intake.internal;

import org.junit.jupiter.api.Test;
import org.marsad.intake.NewSource;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.marsad.web.PageSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The source pages, and who sees contact details on them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SourcePagesTests {

	static final String CONTACT = "تلغرام @abu_ahmad_dz";

	@Autowired
	MockMvc mvc;

	@Autowired
	Sources sources;

	Source store(String pseudonym) {
		return PageSupport.as(Role.COORDINATOR,
				() -> this.sources.create(new NewSource(pseudonym, "resident", "C", CONTACT, "من سكان الميادين")));
	}

	String page(String path, Role role) throws Exception {
		return PageSupport
			.html(this.mvc.perform(get(path).with(PageSupport.signedIn(role))).andExpect(status().isOk()));
	}

	@Test
	void coordinatorsSeeContactDetails() throws Exception {
		Source source = store("أبو أحمد");
		assertThat(page("/sources/" + source.id(), Role.COORDINATOR)).contains(CONTACT);
	}

	@Test
	void documentersDoNotSeeContactDetails() throws Exception {
		Source source = store("أبو محمد");
		assertThat(page("/sources/" + source.id(), Role.DOCUMENTER)).contains("أبو محمد").doesNotContain(CONTACT);
	}

	@Test
	void listShowsPseudonymsOnly() throws Exception {
		store("ام خالد");
		assertThat(page("/sources", Role.ADMIN)).contains("ام خالد").doesNotContain(CONTACT);
	}

	@Test
	void newSourceFormRecordsTheSource() throws Exception {
		this.mvc
			.perform(post("/sources").param("pseudonym", "الراصد")
				.param("kind", "media")
				.param("reliability", "B")
				.param("contact", CONTACT)
				.with(csrf())
				.with(PageSupport.signedIn(Role.DOCUMENTER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/sources/*"));
	}

	@Test
	void newSourceFormShowsErrorsWithoutRepeatingContactDetails() throws Exception {
		String html = PageSupport.html(
				this.mvc
					.perform(post("/sources").param("pseudonym", "")
						.param("kind", "spy")
						.with(csrf())
						.with(PageSupport.signedIn(Role.DOCUMENTER))
						.header("Accept-Language", "en"))
					.andExpect(status().isBadRequest()));
		assertThat(html).contains("The pseudonym is required.").contains("Unknown kind of source.");
	}

	@Test
	void readersCannotRecordSources() throws Exception {
		this.mvc
			.perform(post("/sources").param("pseudonym", "الراصد").with(csrf()).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void coordinatorsRegradeFromTheSourcePage() throws Exception {
		Source source = store("العندليب");
		this.mvc
			.perform(post("/sources/" + source.id() + "/reliability").param("reliability", "A")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(status().is3xxRedirection());
		assertThat(PageSupport.as(Role.ANALYST, () -> this.sources.get(source.id())).reliability().name())
			.isEqualTo("A");
	}

	@Test
	void documentersDoNotGetTheRegradeForm() throws Exception {
		Source source = store("القبرة");
		assertThat(page("/sources/" + source.id(), Role.DOCUMENTER)).doesNotContain("/reliability");
	}

	@Test
	void sourcePagesFollowThePageRules() throws Exception {
		Source source = store("الشاهد");
		PageSupport.assertFollowsPageRules(page("/sources/" + source.id(), Role.ADMIN));
		PageSupport.assertFollowsPageRules(page("/sources/new", Role.DOCUMENTER));
	}

}
