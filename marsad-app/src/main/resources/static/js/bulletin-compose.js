/*
 * The bulletin's composing page: a button that inserts a placeholder puts it where the
 * cursor stands in its body (the Arabic or English text named in the button's value,
 * "<field> <placeholder>"), without reloading the page. Without this script the button
 * submits the form and the server adds the placeholder at the end of the body
 * (BulletinForm.inserted), so the page works either way.
 *
 * A body the coordinator has not yet put the cursor in gets the placeholder at its end,
 * as the server does. A space is added before the placeholder when it would touch the
 * word before, and after it when it would touch the word after; after a line break none
 * is added, so that a blank line typed before a placeholder still starts a paragraph.
 * The cursor is then left after the placeholder.
 */
(function () {
	'use strict';

	var VISITED = 'data-cursor';

	function touches(character) {
		return character !== undefined && character !== '' && !/\s/.test(character);
	}

	function insert(body, placeholder) {
		var text = body.value;
		var start = body.hasAttribute(VISITED) ? body.selectionStart : text.length;
		var end = body.hasAttribute(VISITED) ? body.selectionEnd : text.length;
		var before = touches(text.charAt(start - 1)) ? ' ' : '';
		var after = touches(text.charAt(end)) ? ' ' : '';
		var inserted = before + placeholder + after;
		body.value = text.slice(0, start) + inserted + text.slice(end);
		var cursor = start + before.length + placeholder.length;
		body.focus();
		body.setSelectionRange(cursor, cursor);
		body.setAttribute(VISITED, '');
	}

	function remember(event) {
		event.target.setAttribute(VISITED, '');
	}

	document.addEventListener('DOMContentLoaded', function () {
		var form = document.getElementById('bulletin-form');
		if (!form) {
			return;
		}
		['bodyAr', 'bodyEn'].forEach(function (id) {
			var body = document.getElementById(id);
			['focus', 'click', 'keyup', 'select'].forEach(function (type) {
				body.addEventListener(type, remember);
			});
		});
		form.addEventListener('click', function (event) {
			var button = event.target.closest('button[name="insert"]');
			if (!button) {
				return;
			}
			var value = button.value;
			var space = value.indexOf(' ');
			var body = (space > 0) ? document.getElementById(value.slice(0, space)) : null;
			if (!body || (body.id !== 'bodyAr' && body.id !== 'bodyEn')) {
				return;
			}
			event.preventDefault();
			insert(body, value.slice(space + 1));
		});
	});
})();
