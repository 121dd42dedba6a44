package org.doudi.rules.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many lines start in one split of a file: what each split reports to the driver so that every line gets its
 * physical line number ({@link RequestFiles}).
 *
 * @param file   the file, not null
 * @param start  the split's byte offset in the file
 * @param lines  the lines that start in the split
 */
record SplitLines(String file, long start, long lines) implements Serializable {

    /**
     * @param file   a file
     * @param start  a split's byte offset
     * @return the key of the split in {@link #firstLineNumbers}
     */
    static String key(String file, long start) {
        return file + "@" + start;
    }

    /**
     * The number of the first line of each split: the splits of a file are added up in offset order.
     *
     * @param counts  every split's count, in any order, not null
     * @return {@link #key} of each split → the line number (from 1) of its first line, never null
     */
    static Map<String, Long> firstLineNumbers(List<SplitLines> counts) {
        List<SplitLines> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing(SplitLines::file).thenComparingLong(SplitLines::start));
        Map<String, Long> first = new HashMap<>();
        String file = null;
        long next = 1;
        for (SplitLines split : sorted) {
            if (!split.file().equals(file)) {
                file = split.file();
                next = 1;
            }
            first.put(key(split.file(), split.start()), next);
            next += split.lines();
        }
        return first;
    }
}
