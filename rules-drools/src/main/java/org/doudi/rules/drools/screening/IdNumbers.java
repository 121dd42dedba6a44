package org.doudi.rules.drools.screening;

import java.util.Locale;
import java.util.regex.Pattern;

/** ID numbers (身份证号) as a screening joins on them: 15 or 18 characters of digits with an optional final X. */
final class IdNumbers {

    private static final Pattern FORMAT = Pattern.compile("\\d{14}[\\dX]|\\d{17}[\\dX]");

    private IdNumbers() {
    }

    /**
     * @param idNumber  an ID number as written, may be null
     * @return the ID number trimmed and upper-cased (the join key), or null when absent or malformed
     */
    static String key(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String key = idNumber.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(key).matches() ? key : null;
    }
}
