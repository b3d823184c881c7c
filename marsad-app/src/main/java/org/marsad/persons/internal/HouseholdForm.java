package org.marsad.persons.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.persons.NewHousehold;
import org.marsad.persons.PersonFields;

/**
 * The family form: the household's name, what all members share (nationality, place of
 * origin, confidentiality), and one row per member (name, sex, age, relation). Rows
 * without a name are left out; the row numbers of refusals are those of the rows kept.
 */
record HouseholdForm(String name, String nationality, String originPlaceId, String confidentiality,
		List<String> memberName, List<String> memberLatin, List<String> memberSex, List<String> memberAge,
		List<String> memberRelation) {

	static final int ROWS = 6;

	static HouseholdForm empty() {
		List<String> blank = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			blank.add("");
		}
		List<String> relations = new ArrayList<>(blank);
		relations.set(0, "head");
		return new HouseholdForm("", "SY", "", "internal", blank, blank, blank, blank, relations);
	}

	NewHousehold toHousehold() {
		Problems problems = new Problems();
		List<PersonFields> members = new ArrayList<>();
		for (int i = 0; i < size(this.memberName); i++) {
			String fullName = at(this.memberName, i);
			if (fullName.isBlank()) {
				continue;
			}
			Integer age = FormValues.integer(at(this.memberAge, i), "members[" + members.size() + "].age", problems);
			String latin = at(this.memberLatin, i);
			members.add(new PersonFields(fullName, null, null, null, null, null,
					latin.isBlank() ? List.of() : List.of(latin), at(this.memberSex, i), age, null, null, null,
					this.nationality, this.originPlaceId, null, null, at(this.memberRelation, i), this.confidentiality,
					List.of()));
		}
		problems.throwIfAny();
		return new NewHousehold(this.name, members);
	}

	/** The rows, for showing the form again: at least {@value #ROWS}. */
	public int rows() {
		return Math.max(ROWS, size(this.memberName));
	}

	public String value(List<String> column, int row) {
		return at(column, row);
	}

	private static int size(List<String> values) {
		return (values != null) ? values.size() : 0;
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index) : "";
	}

}
