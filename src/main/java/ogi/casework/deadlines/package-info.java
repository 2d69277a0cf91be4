/** The per-case deadline ledger: every statutory period with its start, length, legal basis and computed due date. */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines", allowedDependencies = { "shared", "accounts", "calendar" })
package ogi.casework.deadlines;
