package org.doudi.rules.api.request;

/** Masks personal identifiers: all but the last four characters become {@code *} (POLICY.md §15). */
public final class Masking {

    private Masking() {
    }

    /**
     * @param identifier  an ID number, phone number or bank account, may be null
     * @return the masked identifier, or null for null
     */
    public static String mask(String identifier) {
        if (identifier == null) {
            return null;
        }
        int keep = Math.min(4, identifier.length());
        return "*".repeat(identifier.length() - keep) + identifier.substring(identifier.length() - keep);
    }
}
