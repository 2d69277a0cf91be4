/**
 * The statutory annual report (R-49/50, spec §6: tables 3 and 4, fees for section 六) with its invariants and year
 * lock, and the office's operational statistics — read from a reporting read model fed by case events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared",
		"accounts", "calendar", "intake", "deadlines", "reply", "fees", "audit", "litigation", "casework", "publication" })
package ogi.casework.reporting;
