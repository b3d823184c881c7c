/*
 * Charts of a tally's time series, drawn with uPlot (served with the application as a
 * WebJar). The Content-Security-Policy forbids inline script, so the page hands over its
 * data in attributes of #tally-charts:
 *  - data-series: the series as JSON, one point per period with its start, end, running
 *    total (cumulative) and increase, each an interval {low, best, high};
 *  - data-period, data-cumulative, data-increase, data-low, data-high: the legend labels, in the page's
 *    language; data-dir: the page's direction.
 * The running total is drawn as its best estimate between its low and its high (an open
 * high leaves a gap); the increase as bars of its best estimate. The table under the charts
 * holds the same numbers for readers who cannot see them.
 */
(function () {
	'use strict';

	function seconds(day) {
		return Date.parse(day + 'T00:00:00Z') / 1000;
	}

	function value(v) {
		return (v === null || v === undefined) ? null : Number(v);
	}

	function width(element) {
		return Math.max(280, Math.floor(element.getBoundingClientRect().width || 600));
	}

	function draw(element, labels, x, series, bars) {
		var options = {
			width: width(element),
			height: 220,
			scales: { x: { time: true } },
			legend: { live: true },
			series: [{ label: labels.period }].concat(series),
			axes: [{}, { size: 70 }]
		};
		if (bars && window.uPlot.paths && window.uPlot.paths.bars) {
			options.series[1].paths = window.uPlot.paths.bars({ size: [0.8, 40] });
		}
		return new window.uPlot(options, [x].concat(series.map(function (s) { return s.data; })), element);
	}

	function start() {
		var holder = document.getElementById('tally-charts');
		if (!holder || !window.uPlot) {
			return;
		}
		var points = JSON.parse(holder.dataset.series || '[]');
		if (points.length === 0) {
			return;
		}
		var x = points.map(function (p) { return seconds(p.end); });
		var cumulative = holder.querySelector('[data-chart="cumulative"]');
		var increase = holder.querySelector('[data-chart="increase"]');
		var line = function (label, colour, data, dash) {
			return { label: label, stroke: colour, width: 2, dash: dash, data: data, spanGaps: false };
		};
		draw(cumulative, holder.dataset, x, [
			line(holder.dataset.cumulative, '#0b5cad', points.map(function (p) { return value(p.cumulative.best); })),
			line(holder.dataset.low, '#5b6475', points.map(function (p) { return value(p.cumulative.low); }), [4, 4]),
			line(holder.dataset.high, '#a4161a', points.map(function (p) { return value(p.cumulative.high); }), [4, 4])
		], false);
		draw(increase, holder.dataset, x, [
			{ label: holder.dataset.increase, stroke: '#0b5cad', fill: 'rgba(11, 92, 173, 0.35)',
				data: points.map(function (p) { return value(p.increase.best); }) }
		], true);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
