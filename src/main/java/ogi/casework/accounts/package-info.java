/** Agencies, users and their roles, and the security configuration that enforces them. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package ogi.casework.accounts;
