package org.marsad.publishing.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bars of a bulletin's charts and their SVG: heights in proportion, time right to
 * left in Arabic, text escaped.
 */
class DrawingTests {

	private static final List<BigDecimal> RUNNING_TOTAL = List.of(BigDecimal.valueOf(36250), BigDecimal.valueOf(72500));

	@Test
	void barsAreInProportionToTheValues() {
		List<Drawing.Box> bars = bars(BulletinIllustrations.bars(RUNNING_TOTAL, false));
		assertThat(bars.get(1).h()).isCloseTo(2 * bars.get(0).h(), org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void timeRunsRightToLeftInArabic() {
		List<Drawing.Box> bars = bars(BulletinIllustrations.bars(RUNNING_TOTAL, true));
		assertThat(bars.get(0).x()).as("the first period on the right").isGreaterThan(bars.get(1).x());
	}

	@Test
	void theSvgLabelIsEscaped() {
		String svg = BulletinIllustrations.bars(RUNNING_TOTAL, true).svg("نازحو الباغوز <script>", "chart-0");
		assertThat(svg).contains("نازحو الباغوز &lt;script&gt;").doesNotContain("<script>");
		assertThat(svg).contains("<rect");
	}

	/** The bars, without the axis (the first box). */
	private static List<Drawing.Box> bars(Drawing drawing) {
		return drawing.marks().stream().skip(1).map(Drawing.Box.class::cast).toList();
	}

}
