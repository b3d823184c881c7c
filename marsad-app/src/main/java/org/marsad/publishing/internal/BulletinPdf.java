package org.marsad.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.marsad.publishing.Bulletin;

/**
 * A bulletin as PDF: the Arabic text first, right to left, then the English on a page of
 * its own. Arabic is shaped (joining forms) and reordered by ICU through openhtmltopdf's
 * RTL support, in DejaVu Sans (which has the Arabic letters), embedded in the file so
 * that it reads the same anywhere.
 */
final class BulletinPdf {

	static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final String FAMILY = "DejaVu Sans";

	private BulletinPdf() {
	}

	/**
	 * Renders a bulletin.
	 * @param bulletin the bulletin
	 * @param signedBy the line naming the signature, e.g. its key, or {@code null}
	 * @return the PDF
	 */
	static byte[] render(Bulletin bulletin, String signedBy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> BulletinPdf.class.getResourceAsStream(FONT), FAMILY);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
			builder.withHtmlContent(xhtml(bulletin, signedBy), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String xhtml(Bulletin bulletin, String signedBy) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>")
			.append("<meta charset=\"utf-8\"/><title>")
			.append(escape(bulletin.titleEn()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 2cm; } body { font-family: '")
			.append(FAMILY)
			.append("'; font-size: 12pt; line-height: 1.6; } h1 { font-size: 18pt; } ")
			.append(".ar { direction: rtl; text-align: right; } .signature { direction: ltr; text-align: left; } .en { direction: ltr; text-align: left; ")
			.append("page-break-before: always; } .date, .signature { color: #555; font-size: 9pt; }")
			.append("</style></head><body>");
		section(html, "ar", "rtl", bulletin.titleAr(), BulletinFigures.localDigits(bulletin.date().toString(), "ar"),
				bulletin.renderedAr());
		section(html, "en", "ltr", bulletin.titleEn(), bulletin.date().toString(), bulletin.renderedEn());
		if (signedBy != null) {
			html.append("<p class=\"signature\" dir=\"ltr\" lang=\"en\">").append(escape(signedBy)).append("</p>");
		}
		html.append("</body></html>");
		return html.toString();
	}

	private static void section(StringBuilder html, String language, String direction, String title, String date,
			List<String> paragraphs) {
		html.append("<div class=\"")
			.append(language)
			.append("\" lang=\"")
			.append(language)
			.append("\" dir=\"")
			.append(direction)
			.append("\"><h1>")
			.append(escape(title))
			.append("</h1><p class=\"date\">")
			.append(escape(date))
			.append("</p>");
		for (String paragraph : paragraphs) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		html.append("</div>");
	}

	/**
	 * Escapes text for XHTML, so that markup typed into a bulletin is shown, never run.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
