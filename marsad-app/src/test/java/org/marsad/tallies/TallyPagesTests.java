package org.marsad.tallies;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.Sex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tally pages and the dashboard's pinned tallies, in Arabic first.
 */
@ActiveProfiles("test")
@WithMockUser(username = "analyst", roles = "ANALYST")
class TallyPagesTests extends TallyContract {

	@Autowired
	MessageSource messages;

	@Test
	void theTallyPageShowsTheBigNumberChartDataBreakdownsAndBound() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		String id = defineAsAnalyst(example);
		assertThat(page("/tallies/" + id + "?asOf=2019-02-03", Role.ANALYST)).contains("الخارجون من جيب الباغوز")
			.contains("أكثر من ٣٨٬١٥٠")
			.contains("بلا حد أعلى")
			.contains("حسب الجنسية")
			.contains("جارٍ فحص الأرقام والادعاءات");
		assertThat(page("/tallies/" + id + "/checks?asOf=2019-02-03", Role.ANALYST)).contains("لم يُعثر على تناقض");
		assertThat(page("/tallies/" + id + "?asOf=2019-02-03&lang=en", Role.ANALYST)).contains("38,950")
			.contains("more than 38,150")
			.contains("no upper bound")
			.contains("data-series=")
			.contains("/dist/uPlot.iife.min.js")
			.contains("By nationality")
			.contains("23,900")
			.contains("fewer than 2,050");
	}

	@Test
	void theChartLibraryIsServedByTheApplication() throws Exception {
		this.mvc.perform(get("/webjars/uplot/dist/uPlot.iife.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/uplot/dist/uPlot.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/tallies.js")).andExpect(status().isOk());
	}

	@Test
	void readersWhoDoNotComputeSeeTheLastSnapshot() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = defineAsAnalyst(example);
		assertThat(page("/tallies/" + id, Role.VIEWER)).contains("لم تُنشر بعد");
		this.mvc
			.perform(
					post("/tallies/" + id + "/snapshots?asOf=2019-01-30").with(user("coordinator").roles("COORDINATOR"))
						.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/tallies/" + id, Role.VIEWER)).contains("٣٦٬٢٥٠").contains("منشورة، حتى 2019-01-30");
	}

	@Test
	void theProvenancePageQuotesTheReports() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = defineAsAnalyst(example);
		String html = page("/tallies/" + id + "/provenance?cell=total&asOf=2019-01-30", Role.ANALYST);
		assertThat(html).contains("36250 شخصاً").contains("الحصيلة التراكمية التي يبدأ منها الرقم");
	}

	@Test
	void theFormDefinesATallyAndNamesBadFields() throws Exception {
		DesignExample example = new DesignExample(this.coded);
		this.mvc
			.perform(post("/tallies").with(user("analyst").roles("ANALYST"))
				.with(csrf())
				.param("name", "العائدون إلى هجين")
				.param("unit", "person")
				.param("category", "returned")
				.param("from", "2019-03-01")
				.param("place", example.governorate)
				.param("nationalities", "IQ، sy")
				.param("breakdowns", "nationality")
				.param("period", "week")
				.param("pinned", "true"))
			.andExpect(redirectedUrlPattern("/tallies/*"));
		MvcResult bad = this.mvc
			.perform(post("/tallies").with(user("analyst").roles("ANALYST"))
				.with(csrf())
				.param("name", "العائدون")
				.param("unit", "person")
				.param("category", "returned")
				.param("from", "2019-03-01")
				.param("to", "2019-02-01"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("تنتهي الفترة قبل أن تبدأ");
	}

	@Test
	void theDashboardShowsPinnedTallies() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		defineAsAnalyst(example);
		assertThat(page("/", Role.ANALYST)).contains("الخارجون من جيب الباغوز").contains("محسوبة الآن");
	}

	@Test
	void everyComputedMessageKeyExistsInBothLanguages() {
		List<String> keys = new java.util.ArrayList<>();
		for (FigureUnit unit : FigureUnit.values()) {
			keys.add("tally.unit." + unit.code());
		}
		for (FigureCategory category : FigureCategory.values()) {
			keys.add("tally.category." + category.code());
		}
		for (EventType type : EventType.values()) {
			keys.add("tally.eventType." + type.code());
		}
		for (AgeGroup age : AgeGroup.values()) {
			keys.add("tally.age." + age.code());
		}
		for (Sex sex : Sex.values()) {
			keys.add("tally.sex." + sex.code());
		}
		for (Qualifier qualifier : Qualifier.values()) {
			keys.add("tally.qualifier." + qualifier.code());
		}
		VerificationLevel.ORDER.forEach((s) -> keys.add("tally.status." + s.code()));
		for (Dimension dimension : Dimension.values()) {
			keys.add("tally.dimension." + dimension.code());
		}
		for (Granularity granularity : Granularity.values()) {
			keys.add("tally.period." + granularity.code());
		}
		for (Check check : Check.values()) {
			keys.add("tally.check." + check.name());
		}
		for (Provenance.Role role : Provenance.Role.values()) {
			keys.add("tally.role." + role.name());
		}
		for (String field : List.of("unit", "category", "nationalities", "ageGroups", "sexes", "eventTypes",
				"minimumStatus")) {
			keys.add("tally.error." + field);
		}
		for (String key : keys) {
			for (Locale locale : List.of(Locale.forLanguageTag("ar"), Locale.ENGLISH)) {
				assertThat(this.messages.getMessage(key, null, null, locale)).as(key + " " + locale).isNotBlank();
			}
		}
	}

	String defineAsAnalyst(DesignExample example) throws Exception {
		return this.tallies.define(example.exits("nationality", "day")).id().toString();
	}

	String page(String path, Role role) throws Exception {
		return this.mvc.perform(get(path).with(user("someone").roles(role.name())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
