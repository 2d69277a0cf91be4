/**
 * The case and its process: the disclosure-request BPMN, the actions that move a case, the worklist; the only module
 * that uses Flowable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework", allowedDependencies = { "shared",
		"accounts", "calendar", "intake", "deadlines", "reply", "review", "consultation", "fees", "audit", "archive", "documents",
		"litigation", "risk", "publication" })
package ogi.casework.casework;
