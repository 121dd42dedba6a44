package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrubberTest {

    @Test
    void removesIdNumbersPhonesAndBankAccounts() {
        String s = Scrubber.scrub("id 62042219650101123X phone 13800000000 card 6228480000000000000 tel 0931-1234567");

        assertThat(s).doesNotContain("62042219650101123X", "13800000000", "6228480000000000000", "0931-1234567");
    }

    @Test
    void keepsDatesRegionsAndAmounts() {
        assertThat(Scrubber.scrub("region 620422 on 2020-06-15: 335.00")).isEqualTo("region 620422 on 2020-06-15: 335.00");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Scrubber.scrub(null)).isEmpty();
        assertThat(Scrubber.scrub("id 62042219650101123X")).isEqualTo("id **************123X");
    }
}
