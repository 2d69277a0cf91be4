/**
 * Letters to applicants and consulted parties (spec §10): rendered as DOCX from poi-tl templates and as PDF with an
 * embedded CJK font, and stored per case with their SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "accounts",
		"intake", "reply", "deadlines", "fees", "consultation" })
package ogi.casework.documents;
