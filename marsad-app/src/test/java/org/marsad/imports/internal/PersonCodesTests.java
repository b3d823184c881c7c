package org.marsad.imports.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonCodesTests {

	@Test
	void readsSexWrittenWithHamzaVariantsTatweelAndDiacritics() {
		assertThat(PersonCodes.sex("أنثى")).isEqualTo("female");
		assertThat(PersonCodes.sex("انثي")).isEqualTo("female");
		assertThat(PersonCodes.sex("أنـــثى")).isEqualTo("female");
		assertThat(PersonCodes.sex("ذَكَر")).isEqualTo("male");
		assertThat(PersonCodes.sex(" M ")).isEqualTo("male");
		assertThat(PersonCodes.sex("Female")).isEqualTo("female");
	}

	@Test
	void leavesAnUnknownSexUnread() {
		assertThat(PersonCodes.sex("غير معروف")).isNull();
	}

	@Test
	void readsRelationsAsMonitorsWriteThem() {
		assertThat(PersonCodes.relation("رب الأسرة")).isEqualTo("head");
		assertThat(PersonCodes.relation("رب الاسره")).isEqualTo("head");
		assertThat(PersonCodes.relation("زوجة")).isEqualTo("spouse");
		assertThat(PersonCodes.relation("زوجه")).isEqualTo("spouse");
		assertThat(PersonCodes.relation("ابن")).isEqualTo("son");
		assertThat(PersonCodes.relation("بنت")).isEqualTo("daughter");
		assertThat(PersonCodes.relation("إبنة")).isEqualTo("daughter");
		assertThat(PersonCodes.relation("والدة")).isEqualTo("parent");
		assertThat(PersonCodes.relation("grandchild")).isEqualTo("grandchild");
		assertThat(PersonCodes.relation("جار")).isNull();
	}

	@Test
	void readsNationalitiesAsCodesOrNames() {
		assertThat(PersonCodes.country("sy")).isEqualTo("SY");
		assertThat(PersonCodes.country("سوري")).isEqualTo("SY");
		assertThat(PersonCodes.country("سورية")).isEqualTo("SY");
		assertThat(PersonCodes.country("سوريه")).isEqualTo("SY");
		assertThat(PersonCodes.country("عراقيّة")).isEqualTo("IQ");
		assertThat(PersonCodes.country("الاردن")).isEqualTo("JO");
		assertThat(PersonCodes.country("Palestinian")).isEqualTo("PS");
		assertThat(PersonCodes.country("أطلانطي")).isNull();
	}

	@Test
	void readsAgesInArabicIndicDigitsAndWithTheirUnit() {
		assertThat(PersonCodes.age("٤٢")).isEqualTo(42);
		assertThat(PersonCodes.age("۴۲")).isEqualTo(42);
		assertThat(PersonCodes.age("٣٥ سنة")).isEqualTo(35);
		assertThat(PersonCodes.age("٧ سنوات")).isEqualTo(7);
		assertThat(PersonCodes.age("عشرون عاماً")).isNull();
		assertThat(PersonCodes.age("35 years")).isEqualTo(35);
		assertThat(PersonCodes.age("٣٥ عاماً")).isEqualTo(35);
		assertThat(PersonCodes.age("نحو ٣٠")).isNull();
	}

	@Test
	void readsDocumentWordsAndLeavesOtherCodesToTheRegistry() {
		assertThat(PersonCodes.documentType("هويّة")).isEqualTo("national_id");
		assertThat(PersonCodes.documentType("جواز سفر")).isEqualTo("passport");
		assertThat(PersonCodes.documentType("دفتر العائلة")).isEqualTo("family_booklet");
		assertThat(PersonCodes.documentType("Refugee Card")).isEqualTo("refugee_card");
		assertThat(PersonCodes.documentType("tattoo")).isEqualTo("tattoo");
		assertThat(PersonCodes.documentState("مفقودة")).isEqualTo("lost");
		assertThat(PersonCodes.documentState("مصادره")).isEqualTo("confiscated");
	}

}
