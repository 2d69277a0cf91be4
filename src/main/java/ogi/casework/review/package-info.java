/** Approval of replies: the reviewer's approval or return, the office head's sign-off, and the separation of duties. */
@org.springframework.modulith.ApplicationModule(displayName = "Review", allowedDependencies = { "shared", "accounts", "reply" })
package ogi.casework.review;
