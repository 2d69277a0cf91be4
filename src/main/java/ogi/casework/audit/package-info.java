/**
 * The audit trails, append-only: every state change of a case with who, when, what, before and after, and every read
 * of an applicant's personal data in full, hash-chained per agency with its verification; and every administrative
 * act (agencies, users, calendar notices, sign-in failures) with who, when, what and which agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "accounts" })
package ogi.casework.audit;
