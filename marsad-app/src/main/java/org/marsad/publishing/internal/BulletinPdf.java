package org.marsad.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import org.marsad.publishing.Bulletin;

/**
 * A bulletin as PDF: the Arabic text first, right to left, then the English on a page of
 * its own. Arabic is shaped (joining forms) and reordered by ICU through openhtmltopdf's
 * RTL support, in DejaVu Sans (which has the Arabic letters), embedded in the file so
 * that it reads the same anywhere. The bulletin's charts and map follow the Arabic text,
 * drawn as vectors ({@link Drawing}).
 */
final class BulletinPdf {

	static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final String FAMILY = "DejaVu Sans";

	private static final String DRAWING = "application/x-marsad-drawing";

	private BulletinPdf() {
	}

	/**
	 * Renders a bulletin.
	 * @param bulletin the bulletin
	 * @param illustrations its charts and map, drawn after the Arabic text
	 * @param signedBy the line naming the signature, e.g. its key, or {@code null}
	 * @return the PDF
	 */
	static byte[] render(Bulletin bulletin, BulletinIllustrations.Illustrations illustrations, String signedBy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> BulletinPdf.class.getResourceAsStream(FONT), FAMILY);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
			builder.useObjectDrawerFactory(drawers(illustrations));
			builder.withHtmlContent(xhtml(bulletin, illustrations, signedBy), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String xhtml(Bulletin bulletin, BulletinIllustrations.Illustrations illustrations, String signedBy) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>")
			.append("<meta charset=\"utf-8\"/><title>")
			.append(escape(bulletin.titleEn()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 2cm; } body { font-family: '")
			.append(FAMILY)
			.append("'; font-size: 12pt; line-height: 1.6; } h1 { font-size: 18pt; } ")
			.append(".ar { direction: rtl; text-align: right; } .signature { direction: ltr; text-align: left; } .en { direction: ltr; text-align: left; ")
			.append("page-break-before: always; } .date, .signature, .caption { color: #555; font-size: 9pt; }")
			.append(" .drawing { display: block; margin: 6pt 0; page-break-inside: avoid; }")
			.append("</style></head><body>");
		section(html, "ar", "rtl", bulletin.titleAr(), BulletinFigures.localDigits(bulletin.date().toString(), "ar"),
				bulletin.renderedAr());
		illustrate(html, illustrations);
		section(html, "en", "ltr", bulletin.titleEn(), bulletin.date().toString(), bulletin.renderedEn());
		if (signedBy != null) {
			html.append("<p class=\"signature\" dir=\"ltr\" lang=\"en\">").append(escape(signedBy)).append("</p>");
		}
		html.append("</body></html>");
		return html.toString();
	}

	private static void illustrate(StringBuilder html, BulletinIllustrations.Illustrations illustrations) {
		html.append("<div class=\"ar\" lang=\"ar\" dir=\"rtl\">");
		List<BulletinIllustrations.Chart> charts = illustrations.charts();
		for (int i = 0; i < charts.size(); i++) {
			BulletinIllustrations.Chart chart = charts.get(i);
			html.append("<p class=\"caption\">")
				.append(escape(chart.name()))
				.append(" \u2014 ")
				.append(BulletinFigures.localDigits(chart.asOf().toString(), "ar"))
				.append("</p>");
			drawing(html, chart.drawing(), i);
		}
		if (illustrations.map() != null) {
			drawing(html, illustrations.map(), charts.size());
		}
		html.append("</div>");
	}

	private static void drawing(StringBuilder html, Drawing drawing, int index) {
		html.append("<object type=\"")
			.append(DRAWING)
			.append("\" class=\"drawing\" data-drawing=\"")
			.append(index)
			.append("\" style=\"width: ")
			.append((int) drawing.width())
			.append("pt; height: ")
			.append((int) drawing.height())
			.append("pt;\"></object>");
	}

	/** Draws the charts, then the map, where their {@code object} elements stand. */
	private static DefaultObjectDrawerFactory drawers(BulletinIllustrations.Illustrations illustrations) {
		List<Drawing> drawings = new ArrayList<>();
		illustrations.charts().forEach((chart) -> drawings.add(chart.drawing()));
		if (illustrations.map() != null) {
			drawings.add(illustrations.map());
		}
		DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
		factory.registerDrawer(DRAWING, (element, x, y, width, height, device, context, dotsPerPixel) -> {
			Drawing drawing = drawings.get(Integer.parseInt(element.getAttribute("data-drawing")));
			float w = (float) width / dotsPerPixel;
			float h = (float) height / dotsPerPixel;
			device.drawWithGraphics((float) x, (float) y, w, h, (graphics) -> drawing.paint(graphics, w, h));
			return null;
		});
		return factory;
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
