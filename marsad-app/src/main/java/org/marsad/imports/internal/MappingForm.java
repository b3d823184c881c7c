package org.marsad.imports.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.imports.ColumnMapping;

/**
 * The mapping step as a form: what the sheet holds ({@code kind}) and one select per
 * field ({@code columns[date_from]}), holding a column name or nothing.
 */
public class MappingForm {

	private Map<String, String> columns = new LinkedHashMap<>();

	private String kind;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public Map<String, String> getColumns() {
		return this.columns;
	}

	public void setColumns(Map<String, String> columns) {
		this.columns = columns;
	}

	static MappingForm of(ColumnMapping mapping) {
		MappingForm form = new MappingForm();
		form.setColumns(new LinkedHashMap<>(mapping.columns()));
		form.setKind(mapping.kind());
		return form;
	}

	ColumnMapping toMapping() {
		return new ColumnMapping(this.columns, this.kind);
	}

}
