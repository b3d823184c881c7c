/*
 * The coding page: "add a figure from the selected text". The report text is rendered as
 * consecutive segments, each naming its start in the original text (data-start, UTF-16
 * code units, as Java strings and JavaScript strings count them), so a selection inside
 * it turns into the span offsets of the extraction contract. A new figure row is cloned
 * from the <template> of the form, its names numbered after the existing rows, and
 * filled with the span, the quoted text and the first number in it; the other rows can
 * then name it as the figure they are a part of.
 *
 * The place picker: htmx puts the places matching the typed name under the search box
 * of an event row; choosing one puts its id into the row's place field and its name
 * beside it.
 */
(function () {
	'use strict';

	var DIGITS = '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';

	function offset(root, node, within) {
		var element = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
		if (element === root) {
			var before = 0;
			for (var i = 0; i < within && i < root.childNodes.length; i++) {
				before += root.childNodes[i].textContent.length;
			}
			return before;
		}
		var segment = element.closest('[data-start]');
		if (!segment || !root.contains(segment)) {
			return null;
		}
		var start = parseInt(segment.dataset.start, 10);
		return node.nodeType === Node.TEXT_NODE ? start + within : start + (within > 0 ? segment.textContent.length : 0);
	}

	function selectedSpan(root) {
		var selection = window.getSelection();
		if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
			return null;
		}
		var range = selection.getRangeAt(0);
		if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
			return null;
		}
		var start = offset(root, range.startContainer, range.startOffset);
		var end = offset(root, range.endContainer, range.endOffset);
		if (start === null || end === null || end <= start) {
			return null;
		}
		return { start: start, end: end };
	}

	function firstNumber(text) {
		var western = '';
		for (var i = 0; i < text.length; i++) {
			var digit = DIGITS.indexOf(text.charAt(i));
			western += digit >= 0 ? String(digit % 10) : text.charAt(i);
		}
		var match = western.match(/\d[\d,٬]*(?:[.٫]\d+)?/);
		return match ? match[0].replace(/[,٬]/g, '').replace('٫', '.') : '';
	}

	function nextIndex(rows) {
		var highest = -1;
		rows.querySelectorAll('[name^="figures["]').forEach(function (input) {
			var index = parseInt(input.name.substring('figures['.length), 10);
			if (index > highest) {
				highest = index;
			}
		});
		return highest + 1;
	}

	function offerAsWhole(rows, template, key, quote) {
		var selects = Array.prototype.slice.call(rows.querySelectorAll('select[name$=".partOf"],select[name$=".mergeInto"]'));
		selects.push(template.content.querySelector('select[name$=".partOf"]'));
		selects.push(template.content.querySelector('select[name$=".mergeInto"]'));
		selects.forEach(function (select) {
			var option = document.createElement('option');
			option.value = key;
			option.textContent = quote;
			option.dir = 'auto';
			select.appendChild(option);
		});
	}

	function addFigure(root, text, span) {
		var rows = document.getElementById('figure-rows');
		var template = document.getElementById('figure-template');
		var index = nextIndex(rows);
		var row = template.content.firstElementChild.cloneNode(true);
		row.querySelectorAll('[name],[id],[for]').forEach(function (element) {
			['name', 'id', 'for'].forEach(function (attribute) {
				var value = element.getAttribute(attribute);
				if (value) {
					element.setAttribute(attribute, value.replace('figures[NEW]', 'figures[' + index + ']')
						.replace('fNEW-', 'f' + index + '-'));
				}
			});
		});
		row.querySelectorAll('button[name="edit"]').forEach(function (button) {
			button.value = button.value.replace(':NEW', ':' + index);
		});
		var quote = text.substring(span.start, span.end);
		row.querySelector('[data-field="key"]').value = 'added' + index;
		row.querySelector('[data-field="spanStart"]').value = span.start;
		row.querySelector('[data-field="spanEnd"]').value = span.end;
		row.querySelector('[data-field="best"]').value = firstNumber(quote);
		row.querySelector('[data-role="quote"]').textContent = quote;
		offerAsWhole(rows, template, 'added' + index, quote);
		rows.appendChild(row);
		row.querySelector('[data-field="best"]').focus();
	}

	function choosePlace(button) {
		var row = button.dataset.row;
		var field = document.getElementById('e' + row + '-placeId');
		var label = document.getElementById('e' + row + '-placeLabel');
		var name = document.querySelector('[name="events[' + row + '].placeName"]');
		if (!field) {
			return;
		}
		field.value = button.dataset.placeId;
		if (label) {
			label.textContent = button.dataset.placeName;
		}
		if (name) {
			name.value = button.dataset.placeName;
		}
		button.closest('.place-choices').textContent = '';
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('.place-choice') : null;
		if (button) {
			choosePlace(button);
		}
	});

	document.addEventListener('DOMContentLoaded', function () {
		var root = document.getElementById('report-text');
		var button = document.getElementById('add-figure');
		var hint = document.getElementById('selection-hint');
		if (!root || !button) {
			return;
		}
		button.addEventListener('mousedown', function (event) {
			event.preventDefault();
		});
		button.addEventListener('click', function () {
			var span = selectedSpan(root);
			hint.hidden = span !== null;
			if (span !== null) {
				addFigure(root, root.textContent, span);
			}
		});
	});
}());
