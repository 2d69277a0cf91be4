/** The information-processing fee (国办函〔2020〕109号): fee notices, the payment window and payments. */
@org.springframework.modulith.ApplicationModule(displayName = "Fees", allowedDependencies = { "shared", "accounts", "calendar", "intake",
		"deadlines" })
package ogi.casework.fees;
