/**
 * The sealed case file (归档): every document of a case stored with its SHA-256, a manifest listing them in the order
 * of spec §8.3, ZIP download, verification of the stored package or of a downloaded copy, and appended corrections;
 * and, built on it, the evidence checklist and evidence bundle (PDF, ZIP) legal staff file with a reconsideration body
 * or court.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive", allowedDependencies = { "shared", "accounts",
		"intake", "deadlines", "reply", "review", "consultation", "fees", "audit", "documents" })
package ogi.casework.archive;
