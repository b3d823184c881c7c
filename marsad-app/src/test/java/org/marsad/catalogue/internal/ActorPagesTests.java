package org.marsad.catalogue.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.catalogue.Actors;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor pages: who reads them, who edits through them, and what they show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ActorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Actors actors;

	String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return PageSupport.html(this.mvc.perform(request.with(PageSupport.signedIn(role))).andExpect(status().isOk()));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleFindsActorsByAnAlias(Role role) throws Exception {
		assertThat(page(get("/actors").param("q", "قسد"), role)).contains("قوات سوريا الديمقراطية")
			.contains("href=\"/actors/sdf\"");
	}

	@Test
	void anActorShowsItsNames() throws Exception {
		assertThat(page(get("/actors/isis").header("Accept-Language", "en"), Role.VIEWER)).contains("Islamic State")
			.contains("داعش")
			.contains("Starter catalogue");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersGetNoForms(Role role) throws Exception {
		assertThat(page(get("/actors/sdf"), role)).doesNotContain("/actors/sdf/edit");
		this.mvc.perform(get("/actors/new").with(PageSupport.signedIn(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/actors").param("nameAr", "جيش العشائر").with(csrf()).with(PageSupport.signedIn(role)))
			.andExpect(status().isForbidden());
	}

	@Test
	void coordinatorsAddActors() throws Exception {
		this.mvc
			.perform(post("/actors").param("nameAr", "قوات الصناديد")
				.param("nameEn", "Al-Sanadid Forces")
				.param("aliases", "الصناديد\nجيش الصناديد")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(redirectedUrl("/actors/al_sanadid_forces"));
		assertThat(PageSupport.as(Role.VIEWER, () -> this.actors.get("al_sanadid_forces")).aliases()).hasSize(2);
	}

	@Test
	void theFormNamesAMissingName() throws Exception {
		String html = PageSupport.html(
				this.mvc
					.perform(post("/actors").param("nameAr", " ")
						.param("nameEn", "")
						.with(csrf())
						.with(PageSupport.signedIn(Role.ADMIN))
						.header("Accept-Language", "en"))
					.andExpect(status().isBadRequest()));
		assertThat(html).contains("An Arabic or an English name is required.");
	}

	@Test
	void aStaleEditIsRefusedOnThePage() throws Exception {
		this.mvc
			.perform(post("/actors/hezbollah").param("version", "0")
				.param("nameAr", "حزب الله")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/actors/hezbollah").param("version", "7")
				.param("nameAr", "حزب الله")
				.with(csrf())
				.with(PageSupport.signedIn(Role.COORDINATOR)))
			.andExpect(status().isConflict());
	}

	@Test
	void thePagesFollowThePageRules() throws Exception {
		PageSupport.assertFollowsPageRules(page(get("/actors"), Role.ADMIN));
		PageSupport.assertFollowsPageRules(page(get("/actors/sdf"), Role.ADMIN));
		PageSupport.assertFollowsPageRules(page(get("/actors/new"), Role.COORDINATOR));
		PageSupport.assertFollowsPageRules(page(get("/actors/sdf/edit"), Role.COORDINATOR));
	}

}
