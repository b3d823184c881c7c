package org.marsad.persons.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.marsad.persons.PfifExchange;
import org.marsad.persons.StatusEntry;

/**
 * Writes persons and their status timelines as PFIF 1.4.
 * <ul>
 * <li>record ids: the id the person came with from another registry, else
 * {@code marsad.local/person.<uuid>}; notes {@code marsad.local/note.<uuid>}</li>
 * <li>a birth year given exactly is written as {@code date_of_birth}; an approximate one
 * as an {@code age} range at the export date (±2 years, or the decade)</li>
 * <li>statuses become note statuses: {@code missing} → {@code believed_missing},
 * {@code killed} → {@code believed_dead}, every other → {@code believed_alive}; the text
 * names the status, the day and the note</li>
 * <li>only the fields listed here are written: no document, copy, attestation, source,
 * account name or contact</li>
 * </ul>
 */
final class PfifWriter {

	static final String DOMAIN = "marsad.local";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private PfifWriter() {
	}

	/**
	 * A person to write.
	 */
	record Entry(PersonRow row, String pfifId, String origin, List<StatusEntry> statuses) {
	}

	static byte[] write(List<Entry> entries, Instant now) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setPrefix("pfif", PfifExchange.NAMESPACE);
			xml.writeStartElement("pfif", "pfif", PfifExchange.NAMESPACE);
			xml.writeNamespace("pfif", PfifExchange.NAMESPACE);
			for (Entry entry : entries) {
				person(xml, entry, now);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write PFIF", ex);
		}
		return out.toByteArray();
	}

	private static void person(XMLStreamWriter xml, Entry entry, Instant now) throws XMLStreamException {
		PersonRow row = entry.row();
		String id = (entry.pfifId() != null) ? entry.pfifId() : DOMAIN + "/person." + row.id();
		xml.writeStartElement("pfif", "person", PfifExchange.NAMESPACE);
		field(xml, "person_record_id", id);
		field(xml, "entry_date", UTC.format(row.updatedAt()));
		field(xml, "author_name", "Marsad");
		field(xml, "source_name", "Marsad");
		field(xml, "source_date", UTC.format(row.createdAt()));
		field(xml, "full_name", row.fullName());
		field(xml, "given_name", row.parts().given());
		field(xml, "family_name", row.parts().family());
		field(xml, "alternate_names", row.latinNames());
		field(xml, "description", row.description());
		field(xml, "sex", row.sex());
		birth(xml, row, now);
		field(xml, "home_city", entry.origin());
		for (StatusEntry status : entry.statuses()) {
			note(xml, id, status);
		}
		xml.writeEndElement();
	}

	private static void birth(XMLStreamWriter xml, PersonRow row, Instant now) throws XMLStreamException {
		int thisYear = now.atZone(ZoneOffset.UTC).getYear();
		if (row.birthYear() != null && "exact".equals(row.birthPrecision())) {
			field(xml, "date_of_birth", String.valueOf(row.birthYear()));
		}
		else if (row.birthYear() != null) {
			int spread = "decade".equals(row.birthPrecision()) ? 5 : 2;
			int age = thisYear - row.birthYear();
			field(xml, "age", Math.max(0, age - spread) + "-" + (age + spread));
		}
		else if (row.age() != null && row.ageOn() != null) {
			field(xml, "age", String.valueOf(row.age() + thisYear - row.ageOn().getYear()));
		}
	}

	private static void note(XMLStreamWriter xml, String personId, StatusEntry status) throws XMLStreamException {
		xml.writeStartElement("pfif", "note", PfifExchange.NAMESPACE);
		field(xml, "note_record_id", DOMAIN + "/note." + status.id());
		field(xml, "person_record_id", personId);
		field(xml, "entry_date", UTC.format(status.createdAt().truncatedTo(ChronoUnit.SECONDS)));
		field(xml, "author_name", "Marsad");
		field(xml, "source_date", status.on() + "T00:00:00Z");
		field(xml, "status", PfifStatuses.toPfif(status.status()));
		field(xml, "text", status.status() + " " + status.on() + ((status.note() != null) ? ": " + status.note() : ""));
		xml.writeEndElement();
	}

	private static void field(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		if (value == null || value.isBlank()) {
			return;
		}
		xml.writeStartElement("pfif", name, PfifExchange.NAMESPACE);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
