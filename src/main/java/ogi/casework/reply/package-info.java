/** Decisions on an application: the search record, the drafted reply with its outcome and legal ground, and its delivery (送达). */
@org.springframework.modulith.ApplicationModule(displayName = "Reply", allowedDependencies = { "shared", "accounts", "intake", "consultation" })
package ogi.casework.reply;
