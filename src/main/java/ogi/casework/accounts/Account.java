package ogi.casework.accounts;

/** A user account as stored. */
record Account(String username, String passwordHash, String displayName, String agencyCode, boolean enabled) {
}
