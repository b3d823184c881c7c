package org.marsad.intake.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheIntakeApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/reports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/reports/{id}/versions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/sources'].get").exists())
			.andExpect(jsonPath("$.paths['/api/attachments/{sha256}'].get").exists());
	}

}
