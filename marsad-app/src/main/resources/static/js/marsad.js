/*
 * Behaviour for Marsad pages. The Content-Security-Policy forbids inline script, so every
 * behaviour lives here and is attached through data attributes:
 *  - htmx requests carry the CSRF token read from the <meta name="_csrf"> tags;
 *  - a form with data-confirm asks the question it names before it is sent.
 */
(function () {
	'use strict';

	function meta(name) {
		var element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : null;
	}

	document.addEventListener('htmx:configRequest', function (event) {
		var token = meta('_csrf');
		var header = meta('_csrf_header');
		if (token && header) {
			event.detail.headers[header] = token;
		}
	});

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
			event.preventDefault();
		}
	});
}());
