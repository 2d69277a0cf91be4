/** The audit trail: every state change of a case with who, when, what, before and after; append-only. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
package ogi.casework.audit;
