package org.doudi.rules.profile;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean ...?": the known name closest to a misspelt one, for messages about unknown parameters, profiles,
 * fields and keys. Closeness is the edit distance (insertions, deletions, substitutions and swaps of two neighbouring
 * characters), ignoring case; a name is suggested only when it is close enough to be a slip: at most one edit for
 * names up to four characters, two up to eight, three beyond. Stateless.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * @param given  the name as given, not null
     * @param known  the names that exist, not null
     * @return the closest known name within reach (the first in iteration order on a tie), empty when none is close
     *         enough or when {@code given} is itself known
     */
    public static Optional<String> closest(String given, Collection<String> known) {
        Objects.requireNonNull(given, "given");
        if (known.contains(given)) {
            return Optional.empty();
        }
        String g = given.toLowerCase(Locale.ROOT);
        int reach = given.length() <= 4 ? 1 : given.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            if (d <= reach && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param given  the name as given, not null
     * @param known  the names that exist, not null
     * @param english  true for the English hint, false for the Chinese one
     * @return {@code "（是否想写 X？）"} / {@code " (did you mean X?)"}, or the empty string when there is no suggestion
     */
    public static String hint(String given, Collection<String> known, boolean english) {
        return closest(given, known).map(k -> english ? " (did you mean '" + k + "'?)" : "（是否想写 " + k + "？）")
                .orElse("");
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
