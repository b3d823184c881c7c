package org.marsad.text.json;

import java.util.List;

import org.marsad.text.ActorMention;
import org.marsad.text.DateMention;
import org.marsad.text.EventMention;
import org.marsad.text.Extraction;
import org.marsad.text.FigureGroup;
import org.marsad.text.FigureMention;
import org.marsad.text.NumberMention;
import org.marsad.text.PlaceMention;

/**
 * Writes an {@link Extraction} as the JSON object of DESIGN's extraction contract, member
 * names and order as given there; a figure's group lists only the parts that are known.
 */
public final class ExtractionJson {

	private ExtractionJson() {
	}

	/**
	 * Writes an extraction on one line.
	 * @param extraction the extraction
	 * @return the JSON text
	 */
	public static String write(Extraction extraction) {
		StringBuilder out = new StringBuilder(256);
		JsonWriter json = new JsonWriter(out);
		json.beginObject();
		json.name("language").value(extraction.language().code());
		json.name("published").value(extraction.published().toString());
		json.name("numbers").beginArray();
		extraction.numbers().forEach((number) -> number(json, number));
		json.endArray().name("dates").beginArray();
		extraction.dates().forEach((date) -> date(json, date));
		json.endArray().name("places").beginArray();
		extraction.places().forEach((place) -> place(json, place));
		json.endArray().name("actors").beginArray();
		extraction.actors().forEach((actor) -> actor(json, actor));
		json.endArray().name("figures").beginArray();
		extraction.figures().forEach((figure) -> figure(json, figure));
		json.endArray().name("events").beginArray();
		extraction.events().forEach((event) -> event(json, event));
		json.endArray().endObject();
		return out.toString();
	}

	private static void span(JsonWriter json, int start, int end, String text) {
		json.name("start").value(start).name("end").value(end).name("text").value(text);
	}

	private static void number(JsonWriter json, NumberMention number) {
		json.beginObject();
		span(json, number.start(), number.end(), number.text());
		json.name("qualifier").value(number.qualifier().code());
		json.name("low").value(number.low()).name("best").value(number.best()).name("high").value(number.high());
		if (number.percent()) {
			json.name("percent").value(true);
		}
		json.endObject();
	}

	private static void date(JsonWriter json, DateMention date) {
		json.beginObject();
		span(json, date.start(), date.end(), date.text());
		json.name("from").value(String.valueOf(date.from())).name("to").value(String.valueOf(date.to()));
		json.name("precision").value((date.precision() != null) ? date.precision().code() : null);
		json.endObject();
	}

	private static void place(JsonWriter json, PlaceMention place) {
		json.beginObject();
		span(json, place.start(), place.end(), place.text());
		json.name("id").value(place.place().id());
		json.name("name_ar").value(place.place().nameAr()).name("name_en").value(place.place().nameEn());
		json.name("kind").value((place.place().kind() != null) ? place.place().kind().code() : null);
		json.name("lat").value(place.place().lat()).name("lon").value(place.place().lon());
		json.endObject();
	}

	private static void actor(JsonWriter json, ActorMention actor) {
		json.beginObject();
		span(json, actor.start(), actor.end(), actor.text());
		json.name("id").value(actor.actorId());
		json.endObject();
	}

	private static void figure(JsonWriter json, FigureMention figure) {
		json.beginObject();
		span(json, figure.start(), figure.end(), figure.text());
		json.name("qualifier").value(figure.qualifier().code());
		json.name("low").value(figure.low()).name("best").value(figure.best()).name("high").value(figure.high());
		json.name("unit").value(figure.unit().code()).name("category").value(figure.category().code());
		group(json, figure.group());
		json.name("date").value(figure.date()).name("place").value(figure.place());
		json.endObject();
	}

	private static void group(JsonWriter json, FigureGroup group) {
		json.name("group").beginObject();
		if (group.nationality() != null) {
			json.name("nationality").value(group.nationality());
		}
		if (group.actor() != null) {
			json.name("actor").value(group.actor());
		}
		if (group.age() != null) {
			json.name("age").value(group.age().code());
		}
		if (group.sex() != null) {
			json.name("sex").value(group.sex().code());
		}
		json.endObject();
	}

	private static void event(JsonWriter json, EventMention event) {
		json.beginObject();
		json.name("start").value(event.start()).name("end").value(event.end());
		json.name("type").value(event.type().code());
		indices(json, "dates", event.dates());
		indices(json, "places", event.places());
		indices(json, "actors", event.actors());
		indices(json, "figures", event.figures());
		json.endObject();
	}

	private static void indices(JsonWriter json, String name, List<Integer> indices) {
		json.name(name).beginArray();
		indices.forEach(json::value);
		json.endArray();
	}

}
