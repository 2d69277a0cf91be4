package ogi.casework.portal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.documents.DocumentSettings;
import ogi.casework.publication.PublicationManagement;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.NotFound;

/**
 * The portal's entry: the agencies that accept online applications, and each agency's application guide (申请指南)
 * generated from its settings — where and how to apply, what an application contains (Art. 29), the time limits
 * (Arts. 30, 33), fees (国办函〔2020〕109号) and remedies (Art. 51).
 */
@Controller
class PortalPagesController {

	private final AccountManagement accounts;

	private final PortalSettings settings;

	private final CaseworkSettings casework;

	private final DocumentSettings letterheads;

	private final PublicationManagement publication;

	PortalPagesController(AccountManagement accounts, PortalSettings settings, CaseworkSettings casework,
			DocumentSettings letterheads, PublicationManagement publication) {
		this.publication = publication;
		this.accounts = accounts;
		this.settings = settings;
		this.casework = casework;
		this.letterheads = letterheads;
	}

	@GetMapping("/portal")
	@PreAuthorize("permitAll()")
	String agencies(Model model) {
		model.addAttribute("agencies", accepting());
		return "portal/agencies";
	}

	@GetMapping("/portal/{agencyCode}/guide")
	@PreAuthorize("permitAll()")
	String guide(@PathVariable String agencyCode, Model model) {
		model.addAttribute("agency", agency(agencyCode));
		model.addAttribute("office", settings.of(agencyCode));
		model.addAttribute("letterhead", letterheads.letterhead(agencyCode));
		model.addAttribute("casework", casework);
		model.addAttribute("maxUploadMb", settings.maxUploadSize().toMegabytes());
		return "portal/guide";
	}

	/** The reading room: what the agency published proactively after reviewing applications (Art. 44). */
	@GetMapping("/portal/{agencyCode}/published")
	@PreAuthorize("permitAll()")
	String published(@PathVariable String agencyCode, Model model) {
		model.addAttribute("agency", agency(agencyCode));
		model.addAttribute("items", publication.published(agencyCode));
		return "portal/published";
	}

	private List<Agency> accepting() {
		return accounts.agencies().stream().filter(agency -> settings.accepts(agency.code())).toList();
	}

	/** An agency that accepts applications on the portal; any other is not found. */
	Agency agency(String agencyCode) {
		return accepting().stream().filter(agency -> agency.code().equals(agencyCode)).findFirst()
				.orElseThrow(() -> new NotFound("Agency " + agencyCode + " does not accept applications on the portal"));
	}
}
