package org.doudi.rules.drools.screening;

import org.doudi.rules.api.DoudiException;

/**
 * A registry folder or file that cannot be used at all: a file of an unknown name in the folder (so a misspelt name
 * is never silently skipped), a file that cannot be read, or a header without a required column. A usage error: the
 * screening does not start. (A bad row is not this: it is reported, counted and skipped.)
 */
public final class RegistryFileException extends DoudiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message  what is wrong, naming the file, not null
     */
    public RegistryFileException(String message) {
        super(message);
    }
}
