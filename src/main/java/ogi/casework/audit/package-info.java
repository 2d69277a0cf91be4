/**
 * The audit trail: every state change of a case with who, when, what, before and after, and every read of an
 * applicant's personal data in full; append-only and hash-chained per agency, with its verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "accounts" })
package ogi.casework.audit;
