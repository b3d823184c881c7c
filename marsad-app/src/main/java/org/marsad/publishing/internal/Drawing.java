package org.marsad.publishing.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * A picture made of boxes and spots, drawn the same way on the web page (as SVG, no
 * script) and in the PDF (through Java2D, which openhtmltopdf turns into PDF vector
 * drawing). Coordinates are in points from the top left.
 *
 * @param width the width
 * @param height the height
 * @param marks what is drawn, in order
 */
record Drawing(double width, double height, List<Mark> marks) {

	/** Something drawn. */
	sealed interface Mark permits Box, Spot {

	}

	/**
	 * A filled rectangle.
	 *
	 * @param x left
	 * @param y top
	 * @param w width
	 * @param h height
	 * @param colour the fill, {@code #rrggbb}
	 */
	record Box(double x, double y, double w, double h, String colour) implements Mark {
	}

	/**
	 * A filled circle.
	 *
	 * @param x centre
	 * @param y centre
	 * @param r radius
	 * @param colour the fill, {@code #rrggbb}
	 */
	record Spot(double x, double y, double r, String colour) implements Mark {
	}

	/**
	 * The drawing as an SVG element for a web page.
	 * @param label what it shows, for readers who cannot see it
	 * @param id the element's id
	 * @return the SVG, every text escaped
	 */
	public String svg(String label, String id) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"drawing\" role=\"img\" id=\"")
			.append(BulletinPdf.escape(id))
			.append("\" viewBox=\"0 0 ")
			.append(number(this.width))
			.append(' ')
			.append(number(this.height))
			.append("\" width=\"")
			.append(number(this.width))
			.append("\" height=\"")
			.append(number(this.height))
			.append("\" aria-label=\"")
			.append(BulletinPdf.escape(label))
			.append("\"><title>")
			.append(BulletinPdf.escape(label))
			.append("</title>");
		for (Mark mark : this.marks) {
			if (mark instanceof Box box) {
				svg.append("<rect x=\"")
					.append(number(box.x()))
					.append("\" y=\"")
					.append(number(box.y()))
					.append("\" width=\"")
					.append(number(box.w()))
					.append("\" height=\"")
					.append(number(box.h()))
					.append("\" fill=\"")
					.append(box.colour())
					.append("\"/>");
			}
			else if (mark instanceof Spot spot) {
				svg.append("<circle cx=\"")
					.append(number(spot.x()))
					.append("\" cy=\"")
					.append(number(spot.y()))
					.append("\" r=\"")
					.append(number(spot.r()))
					.append("\" fill=\"")
					.append(spot.colour())
					.append("\"/>");
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Paints the drawing, scaled to a box.
	 * @param graphics where to paint
	 * @param w the box's width
	 * @param h the box's height
	 */
	void paint(Graphics2D graphics, double w, double h) {
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.scale(w / this.width, h / this.height);
		for (Mark mark : this.marks) {
			if (mark instanceof Box box) {
				graphics.setColor(Color.decode(box.colour()));
				graphics.fill(new Rectangle2D.Double(box.x(), box.y(), box.w(), box.h()));
			}
			else if (mark instanceof Spot spot) {
				graphics.setColor(Color.decode(spot.colour()));
				graphics
					.fill(new Ellipse2D.Double(spot.x() - spot.r(), spot.y() - spot.r(), 2 * spot.r(), 2 * spot.r()));
			}
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
