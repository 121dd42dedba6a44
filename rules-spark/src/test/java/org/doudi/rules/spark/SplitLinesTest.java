package org.doudi.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Line numbers across splits, from each split's count of lines. */
class SplitLinesTest {

    @Test
    void eachSplitStartsAfterTheLinesOfTheEarlierSplitsOfItsFile() {
        List<SplitLines> counts = List.of(
                new SplitLines("b.jsonl", 0, 5),
                new SplitLines("a.jsonl", 2000, 7),
                new SplitLines("a.jsonl", 0, 10),
                new SplitLines("a.jsonl", 1000, 0),
                new SplitLines("b.jsonl", 900, 1));

        assertThat(SplitLines.firstLineNumbers(counts)).containsOnly(
                entry("a.jsonl@0", 1L), entry("a.jsonl@1000", 11L), entry("a.jsonl@2000", 11L),
                entry("b.jsonl@0", 1L), entry("b.jsonl@900", 6L));
    }
}
