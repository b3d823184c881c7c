package org.marsad.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.imports.AlreadyImported;
import org.marsad.imports.ImportCheck;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportKind;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.ImportSheet;
import org.marsad.imports.Imports;
import org.marsad.imports.UnknownImport;

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
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: upload, the mapping step with the sheet's first rows, the dry run's
 * problems beside the mapping, and the progress of a commit (refreshed by htmx while it
 * runs).
 */
@Controller
class ImportPages {

	private static final int RECENT = 20;

	private final Imports imports;

	ImportPages(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String list(Model model) {
		return list(model, null);
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String encoding, Model model, HttpServletResponse response)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ImportRefused.of("file", "import.error.empty");
			}
			try (InputStream content = file.getInputStream()) {
				return "redirect:/imports/" + this.imports.upload(file.getOriginalFilename(), content, encoding).id();
			}
		}
		catch (ImportRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(model, refused);
		}
	}

	@GetMapping("/imports/{id}")
	String sheet(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
		ImportSheet sheet = this.imports.sheet(id);
		ImportKind chosen = (kind != null) ? ImportKind.ofCode(kind) : null;
		ColumnMapping mapping = (chosen != null) ? SheetColumns.suggest(sheet.columns(), chosen) : sheet.suggested();
		return sheet(model, sheet, MappingForm.of(mapping), null, null);
	}

	@PostMapping("/imports/{id}/check")
	String check(@PathVariable UUID id, @ModelAttribute MappingForm form, Model model, HttpServletResponse response) {
		ImportSheet sheet = this.imports.sheet(id);
		try {
			return sheet(model, sheet, form, this.imports.check(id, form.toMapping()), null);
		}
		catch (ImportRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sheet(model, sheet, form, null, refused);
		}
		catch (AlreadyImported again) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return sheet(model, sheet, form, null, ImportRefused.of("sheet", "import.error.alreadyImported"));
		}
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable UUID id, @ModelAttribute MappingForm form, Model model, HttpServletResponse response) {
		try {
			return "redirect:/imports/jobs/" + this.imports.commit(id, form.toMapping()).id();
		}
		catch (ImportRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sheet(model, this.imports.sheet(id), form, null, refused);
		}
		catch (AlreadyImported again) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return sheet(model, this.imports.sheet(id), form, null,
					ImportRefused.of("sheet", "import.error.alreadyImported"));
		}
	}

	@GetMapping("/imports/jobs/{jobId}")
	String job(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", this.imports.job(jobId));
		return "imports/job";
	}

	@GetMapping("/imports/jobs/{jobId}/progress")
	String progress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", this.imports.job(jobId));
		return "imports/job :: progress";
	}

	@ExceptionHandler(UnknownImport.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "error/404";
	}

	private String list(Model model, ImportRefused refused) {
		model.addAttribute("sheets", this.imports.recent(RECENT));
		model.addAttribute("refused", refused);
		return "imports/list";
	}

	private static String sheet(Model model, ImportSheet sheet, MappingForm form, ImportCheck check,
			ImportRefused refused) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		ImportKind kind = ImportKind.ofCode(form.getKind());
		model.addAttribute("kinds", List.of(ImportKind.values()));
		model.addAttribute("kind", (kind != null) ? kind : ImportKind.EVENTS);
		model.addAttribute("fields", ((kind != null) ? kind : ImportKind.EVENTS).fields());
		model.addAttribute("check", check);
		model.addAttribute("refused", refused);
		return "imports/sheet";
	}

}
