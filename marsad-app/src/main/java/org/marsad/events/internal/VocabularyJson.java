package org.marsad.events.internal;

import java.util.function.Function;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.Sex;
import org.marsad.text.vocabulary.VerificationStatus;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes the text engine's vocabularies in JSON by their codes ({@code displacement},
 * {@code more_than}), as DESIGN and the extraction contract spell them, rather than by
 * their Java names. The text engine has no JSON library of its own to say so; this module
 * is registered with the application's JSON mapper.
 */
class VocabularyJson extends SimpleModule {

	VocabularyJson() {
		super("marsad-vocabulary");
		add(EventType.class, EventType::code);
		add(DatePrecision.class, DatePrecision::code);
		add(VerificationStatus.class, VerificationStatus::code);
		add(FigureUnit.class, FigureUnit::code);
		add(FigureCategory.class, FigureCategory::code);
		add(Qualifier.class, Qualifier::code);
		add(AgeGroup.class, AgeGroup::code);
		add(Sex.class, Sex::code);
	}

	private <T> void add(Class<T> type, Function<T, String> code) {
		addSerializer(type, new ValueSerializer<T>() {

			@Override
			public void serialize(T value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(code.apply(value));
			}

		});
	}

}
