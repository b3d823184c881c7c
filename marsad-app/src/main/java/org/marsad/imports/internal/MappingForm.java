package org.marsad.imports.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.imports.ColumnMapping;

/**
 * The mapping step as a form: one select per field ({@code columns[date_from]}), holding
 * a column name or nothing.
 */
public class MappingForm {

	private Map<String, String> columns = new LinkedHashMap<>();

	public Map<String, String> getColumns() {
		return this.columns;
	}

	public void setColumns(Map<String, String> columns) {
		this.columns = columns;
	}

	static MappingForm of(ColumnMapping mapping) {
		MappingForm form = new MappingForm();
		form.setColumns(new LinkedHashMap<>(mapping.columns()));
		return form;
	}

	ColumnMapping toMapping() {
		return new ColumnMapping(this.columns);
	}

}
