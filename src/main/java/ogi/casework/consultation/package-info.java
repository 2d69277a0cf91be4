/** Consultation of third parties (Art. 32) and of other agencies that made the information jointly (Art. 34). */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = { "shared", "accounts" })
package ogi.casework.consultation;
