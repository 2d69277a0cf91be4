package ogi.casework.accounts;

/** An administrative organ using the system; its code is the tenant of all its cases. */
public record Agency(String code, String name) {
}
