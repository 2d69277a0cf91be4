/** Receiving and registering applications: Art. 29 content, Art. 31 receipt dates, supplements (Art. 30), case numbers. */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = { "shared", "accounts", "calendar" })
package ogi.casework.intake;
