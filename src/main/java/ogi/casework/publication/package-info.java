/**
 * Back to proactive disclosure (Arts. 44, 45): the periodic review of refusals, partial disclosures and clusters of
 * similar applications, each item decided by legal staff or the head, and the reading room of what was published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication", allowedDependencies = { "shared",
		"accounts", "intake", "reply" })
package ogi.casework.publication;
