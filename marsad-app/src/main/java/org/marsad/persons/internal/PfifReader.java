package org.marsad.persons.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.marsad.persons.PersonRefused;
import org.marsad.persons.PfifExchange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a PFIF 1.4 document into its person and note records, field by field.
 * <ul>
 * <li>no document type declarations, external entities or XInclude: a PFIF file never
 * needs them, and they are how XML files attack their readers (XXE, entity
 * expansion)</li>
 * <li>the root must be {@code pfif} in the 1.4 namespace; elements of other namespaces
 * are ignored, as PFIF allows</li>
 * <li>notes may be inside their person or at the top level</li>
 * </ul>
 */
final class PfifReader {

	private PfifReader() {
	}

	/**
	 * A person record: its fields and its notes.
	 */
	record PfifPerson(int index, Map<String, String> fields, List<PfifNote> notes) {

		String id() {
			return this.fields.get("person_record_id");
		}

		String label() {
			return "person[" + ((id() != null) ? id() : "#" + (this.index + 1)) + "]";
		}

	}

	/**
	 * A note record.
	 */
	record PfifNote(int index, Map<String, String> fields) {

		String label() {
			String id = this.fields.get("note_record_id");
			return "note[" + ((id != null) ? id : "#" + (this.index + 1)) + "]";
		}

	}

	/**
	 * The records of a document.
	 */
	record Records(List<PfifPerson> persons, List<PfifNote> looseNotes) {
	}

	static Records read(byte[] document) {
		Element root = parse(document).getDocumentElement();
		if (!"pfif".equals(root.getLocalName()) || !PfifExchange.NAMESPACE.equals(root.getNamespaceURI())) {
			throw PersonRefused.of("pfif", "persons.pfif.notPfif14");
		}
		List<PfifPerson> persons = new ArrayList<>();
		List<PfifNote> notes = new ArrayList<>();
		int noteIndex = 0;
		for (Element child : children(root)) {
			if ("person".equals(child.getLocalName())) {
				List<PfifNote> own = new ArrayList<>();
				for (Element grandchild : children(child)) {
					if ("note".equals(grandchild.getLocalName())) {
						own.add(new PfifNote(noteIndex++, fields(grandchild)));
					}
				}
				persons.add(new PfifPerson(persons.size(), fields(child), own));
			}
			else if ("note".equals(child.getLocalName())) {
				notes.add(new PfifNote(noteIndex++, fields(child)));
			}
		}
		return new Records(persons, notes);
	}

	private static Document parse(byte[] document) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(document));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the XML parser cannot be made safe", ex);
		}
		catch (SAXException | IOException ex) {
			throw PersonRefused.of("pfif", "persons.pfif.notXml");
		}
	}

	private static Map<String, String> fields(Element record) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element child : children(record)) {
			if (!"note".equals(child.getLocalName())) {
				fields.put(child.getLocalName(), child.getTextContent().strip());
			}
		}
		return fields;
	}

	private static List<Element> children(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && PfifExchange.NAMESPACE.equals(element.getNamespaceURI())) {
				elements.add(element);
			}
		}
		return elements;
	}

}
