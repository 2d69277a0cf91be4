package ogi.casework.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.PeriodicReviews;
import ogi.casework.publication.ItemDecision;
import ogi.casework.publication.PublicationManagement;
import ogi.casework.publication.ReviewItem;
import ogi.casework.shared.InvalidInput;

/**
 * The periodic reviews for proactive disclosure (Arts. 44, 45) on pages: legal staff and the head see each review's
 * refusals, partial disclosures and clusters of similar applications, and decide each — publish proactively (title,
 * date, where, link) or keep it as it is (the reason) — with the API's record and rules.
 */
@Controller
class ReviewPagesController {

	private final PeriodicReviews reviews;

	private final PublicationManagement publication;

	private final Validator validator;

	ReviewPagesController(PeriodicReviews reviews, PublicationManagement publication, Validator validator) {
		this.reviews = reviews;
		this.publication = publication;
		this.validator = validator;
	}

	@GetMapping("/legal/reviews")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String list(CurrentUser user, Model model) {
		model.addAttribute("reviews", publication.reviews(user.agencyCode()));
		model.addAttribute("published", publication.published(user.agencyCode()));
		return "reviews";
	}

	@GetMapping("/legal/reviews/{id}")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String review(@PathVariable long id, CurrentUser user, Model model) {
		return page(id, user, model, null, Map.of(), new FieldErrors());
	}

	@PostMapping("/legal/reviews/{id}/items/{itemId}")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String decide(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new ItemDecision(in.choice("decision", ReviewItem.Decision.class), in.text("title"),
				in.date("publishedOn"), in.text("location"), in.text("summary"), in.text("link"), in.text("reason"));
		if (in.errors().isEmpty()) {
			in.errors().addAll(validator.validate(form));
		}
		if (in.errors().isEmpty()) {
			try {
				reviews.decide(id, itemId, form, user);
				redirect.addFlashAttribute("done", "done.reviewItem");
				return "redirect:/legal/reviews/" + id;
			}
			catch (InvalidInput invalid) {
				in.errors().addAll(invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, user, model, itemId, in.values(), in.errors());
	}

	private String page(long id, CurrentUser user, Model model, Long itemWithErrors, Map<String, String> values,
			FieldErrors errors) {
		model.addAttribute("review", publication.review(user.agencyCode(), id));
		model.addAttribute("items", publication.items(user.agencyCode(), id));
		model.addAttribute("itemWithErrors", itemWithErrors);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", new FieldErrors());
		model.addAttribute("noValues", Map.of());
		return "review";
	}
}
