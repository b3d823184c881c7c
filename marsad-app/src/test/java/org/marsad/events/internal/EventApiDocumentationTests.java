package org.marsad.events.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description lists the events, figures and coding endpoints.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheEventsApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/events'].get").exists())
			.andExpect(jsonPath("$.paths['/api/events/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/events/{id}/status'].post").exists())
			.andExpect(jsonPath("$.paths['/api/events/candidates'].post").exists())
			.andExpect(jsonPath("$.paths['/api/figures/{id}/claims'].post").exists())
			.andExpect(jsonPath("$.paths['/api/claims/{id}/void'].post").exists())
			.andExpect(jsonPath("$.paths['/api/reports/{id}/coding'].post").exists())
			.andExpect(jsonPath("$.components.schemas.CodingSubmission").exists());
	}

}
