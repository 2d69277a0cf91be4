/**
 * Litigation risk: every open case and every reply still within its remedy window gets a risk level with the
 * explainable reasons behind it, kept as a read model so legal staff can list cases by risk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Litigation risk", allowedDependencies = { "shared",
		"accounts", "intake", "reply", "consultation" })
package ogi.casework.risk;
