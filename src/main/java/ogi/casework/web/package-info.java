/**
 * The pages people work in all day: sign-in, worklist, registering applications, the case page and each role's
 * actions — server-rendered (Thymeleaf + htmx) on top of the same module APIs the REST API uses, never mappers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "shared", "accounts",
		"casework", "intake", "deadlines", "reply", "review", "consultation", "audit", "documents", "archive", "litigation", "reporting", "risk", "calendar", "fees",
		"publication" })
package ogi.casework.web;
