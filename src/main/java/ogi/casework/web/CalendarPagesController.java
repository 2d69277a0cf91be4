package ogi.casework.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.CalendarManagement;
import ogi.casework.calendar.NoticeForm;
import ogi.casework.shared.InputJson;
import ogi.casework.shared.InvalidInput;
import tools.jackson.core.JacksonException;

/**
 * The platform administrator loads a year's State Council holiday notice (the holiday-cn file of the year, pasted as it is
 * published) without a release; every open case whose dates it moves is recomputed by the calendar module.
 */
@Controller
class CalendarPagesController {

	private final CalendarManagement calendars;

	private final InputJson json;

	CalendarPagesController(CalendarManagement calendars, InputJson json) {
		this.calendars = calendars;
		this.json = json;
	}

	@GetMapping("/admin/calendar")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String calendar(CurrentUser admin, Model model) {
		return page(admin, model, "", new FieldErrors());
	}

	@PostMapping("/admin/calendar")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String load(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String text = params.getOrDefault("notice", "");
		FieldErrors errors = new FieldErrors();
		try {
			var change = calendars.loadNotice(json.read(text, NoticeForm.class), admin);
			redirect.addFlashAttribute("change", new ChangeSummary(change.year(), change.added().size(),
					change.removed().size(), change.changed().size()));
			redirect.addFlashAttribute("done", "done.notice");
			return "redirect:/admin/calendar";
		}
		catch (JacksonException e) {
			errors.add("notice", "json", e.getOriginalMessage());
		}
		catch (InvalidInput invalid) {
			// One text area holds the whole notice, so each error keeps the module's sentence, which names the entry.
			// the notice's own part names (papers, days, year) are what the administrator types, so they stay in the rule
			invalid.violations().forEach(v -> errors.add("notice", "notice." + v.field() + "." + v.rule(), v.message()));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(admin, model, text, errors);
	}

	/**
	 * The same notice entered with date pickers, one row per period as the notice words it (1月28日至2月4日 春节 放假;
	 * 1月26日 春节 上班): each row from its first to its last day (a single day leaves the last empty), expanded into
	 * the notice's dates; every error is shown at the row and field it comes from.
	 */
	@PostMapping("/admin/calendar/days")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String loadDays(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var rows = HolidayRows.read(in);
		if (in.errors().isEmpty()) {
			try {
				var change = calendars.loadNotice(rows.notice(), admin);
				redirect.addFlashAttribute("change", new ChangeSummary(change.year(), change.added().size(),
						change.removed().size(), change.changed().size()));
				redirect.addFlashAttribute("done", "done.notice");
				return "redirect:/admin/calendar";
			}
			catch (InvalidInput invalid) {
				invalid.violations().forEach(v -> in.errors().add(rows.rowField(v.field()), v.rule(), v.message()));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("dayValues", in.values());
		model.addAttribute("dayErrors", in.errors());
		return page(admin, model, "", new FieldErrors());
	}

	private String page(CurrentUser admin, Model model, String text, FieldErrors errors) {
		model.addAttribute("notices", calendars.notices(admin));
		model.addAttribute("values", Map.of("notice", text));
		model.addAttribute("errors", errors);
		model.addAttribute("dayRows", java.util.stream.IntStream.range(0, HolidayRows.ROWS).boxed().toList());
		if (!model.containsAttribute("dayValues")) {
			model.addAttribute("dayValues", Map.of());
			model.addAttribute("dayErrors", new FieldErrors());
		}
		return "calendar";
	}

	/** What a load changed, kept in the (shared, serialized) session until the next page shows it. */
	record ChangeSummary(Integer year, int added, int removed, int changed) implements java.io.Serializable {
	}
}
