/**
 * Reconsideration (行政复议) and lawsuits (行政诉讼) against the agency's OGI acts: matters, their statutory deadlines,
 * decisions and their annual-report class (spec §5 T12–T24, §6.4, §7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Litigation", allowedDependencies = { "shared",
		"accounts", "calendar", "deadlines", "intake", "reply" })
package ogi.casework.litigation;
