package org.marsad.publishing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.events.EventFilter;
import org.marsad.intake.FieldProblem;
import org.marsad.publishing.Bulletin;
import org.marsad.publishing.BulletinWithdrawal;
import org.marsad.publishing.Bulletins;
import org.marsad.publishing.PublishingRefused;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The coordinator's bulletin pages: the list, the composing form (events and snapshots to
 * insert, filtered like the events list), the preview, publication and withdrawal. Every
 * change goes through {@link Bulletins}, which checks the caller's role; a refused form
 * is shown again with a 400 and the fields named, nothing written.
 */
@Controller
class BulletinPages {

	private final Bulletins bulletins;

	private final BulletinMaterial material;

	private final BulletinIllustrations illustrations;

	BulletinPages(Bulletins bulletins, BulletinMaterial material, BulletinIllustrations illustrations) {
		this.bulletins = bulletins;
		this.material = material;
		this.illustrations = illustrations;
	}

	@GetMapping("/bulletins")
	String list(Model model) {
		model.addAttribute("bulletins", this.bulletins.list());
		return "publishing/bulletins";
	}

	@GetMapping("/bulletins/new")
	String blank(Model model, Locale locale, HttpServletResponse response) {
		return form(null, BulletinForm.empty(), Map.of(), model, locale, response);
	}

	@PostMapping("/bulletins/new")
	String compose(@ModelAttribute BulletinForm form, Model model, Locale locale, HttpServletResponse response) {
		return submit(null, form, model, locale, response);
	}

	@GetMapping("/bulletins/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
		Bulletin bulletin = this.bulletins.get(id);
		if (bulletin.published()) {
			return "redirect:/bulletins/" + id;
		}
		return form(id, BulletinForm.of(bulletin), Map.of(), model, locale, response);
	}

	@PostMapping("/bulletins/{id}/edit")
	String revise(@PathVariable UUID id, @ModelAttribute BulletinForm form, Model model, Locale locale,
			HttpServletResponse response) {
		return submit(id, form, model, locale, response);
	}

	@GetMapping("/bulletins/{id}")
	String preview(@PathVariable UUID id, Model model, Locale locale) {
		return preview(this.bulletins.get(id), Map.of(), model, locale);
	}

	@PostMapping("/bulletins/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
		try {
			this.bulletins.publish(id);
			return "redirect:/bulletins/" + id;
		}
		catch (PublishingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return preview(this.bulletins.get(id), errors(refused), model, locale);
		}
	}

	@PostMapping("/bulletins/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reasonAr,
			@RequestParam(required = false) String reasonEn, Model model, Locale locale, HttpServletResponse response) {
		try {
			this.bulletins.withdraw(id, new BulletinWithdrawal(reasonAr, reasonEn));
			return "redirect:/bulletins/" + id;
		}
		catch (PublishingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("reasonAr", reasonAr);
			model.addAttribute("reasonEn", reasonEn);
			return preview(this.bulletins.get(id), errors(refused), model, locale);
		}
	}

	@ExceptionHandler(NotPublished.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "publishing/not-found";
	}

	private String submit(UUID id, BulletinForm form, Model model, Locale locale, HttpServletResponse response) {
		if (form.save() == null) {
			return form(id, form.inserted(), Map.of(), model, locale, response);
		}
		try {
			Bulletin saved = (id == null) ? this.bulletins.compose(form.draft())
					: this.bulletins.revise(id, form.draft());
			return "redirect:/bulletins/" + saved.id();
		}
		catch (PublishingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(id, form, errors(refused), model, locale, response);
		}
	}

	private String form(UUID id, BulletinForm form, Map<String, String> errors, Model model, Locale locale,
			HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>(errors);
		EventFilter filter = EventFilter.ALL;
		try {
			filter = ExportParameters.filter(form.type(), form.from(), form.to(), form.placeId(), form.actorId(),
					form.status(), null);
		}
		catch (PublishingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			problems.putAll(errors(refused));
		}
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("events", this.material.events(filter, locale.getLanguage()));
		model.addAttribute("snapshots", this.material.snapshots());
		model.addAttribute("types", EventType.values());
		model.addAttribute("statuses", VerificationStatus.values());
		return "publishing/bulletin-form";
	}

	private String preview(Bulletin bulletin, Map<String, String> errors, Model model, Locale locale) {
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("illustrations", this.illustrations.of(bulletin, "ar".equals(locale.getLanguage())));
		model.addAttribute("arabicDate", BulletinFigures.localDigits(bulletin.date().toString(), "ar"));
		model.addAttribute("errors", errors);
		return "publishing/bulletin-preview";
	}

	private static Map<String, String> errors(PublishingRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<FieldProblem> problems = refused.problems();
		problems.forEach((p) -> errors.putIfAbsent(p.field(), p.code()));
		return errors;
	}

}
