package org.doudi.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.doudi.rules.api.request.Masking;
import org.junit.jupiter.api.Test;

/** Personal identifiers never appear in messages (policy §15). */
class MaskingTest {

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(Masking.mask("62042219650101123X")).isEqualTo("**************123X");
        assertThat(Masking.mask("123")).isEqualTo("123");
        assertThat(Masking.mask(null)).isNull();
    }

    @Test
    void scrubsIdNumbersPhonesAccountsAndLandlinesFoundInText() {
        String s = Masking.scrub("id 62042219650101123X, 620422650101123 phone 13800000000 card 6228480000000000000"
                + " tel 0931-1234567");
        assertThat(s).doesNotContain("62042219650101123X", "620422650101123", "13800000000", "6228480000000000000",
                "0931-1234567");
        assertThat(s).contains("**************123X", "*******0000", "********4567");
    }

    @Test
    void keepsDatesRegionsAmountsAndOrdinaryIds() {
        String text = "region 620422 on 2020-06-15: 335.00 for member m1 of case GS-2020-0007";
        assertThat(Masking.scrub(text)).isEqualTo(text);
    }

    /**
     * Bank cards are commonly written in groups of four: masking such a number is the safe choice, even though
     * sixteen digits in groups could in principle be something else.
     */
    @Test
    void cardNumbersWrittenInGroupsOfFourAreMasked() {
        assertThat(Masking.scrub("卡号 6222 0212 3456 7890")).isEqualTo("卡号 " + "*".repeat(15) + "7890");
        assertThat(Masking.scrub("card 6222-0212-3456-7890-123, paid"))
                .isEqualTo("card " + "*".repeat(19) + "-123, paid");
        assertThat(Masking.scrub("账户6222\u30000212\u30003456\u30007890"))
                .isEqualTo("账户" + "*".repeat(15) + "7890");
    }

    @Test
    void problemMessagesNeverCarryAnIdentifier() {
        Problem p = new Problem("members[1].id", "duplicate member id 62042219650101123X");
        assertThat(p.message()).isEqualTo("duplicate member id **************123X");
        InvalidRequestException e = new InvalidRequestException(List.of(p));
        assertThat(e.getMessage()).doesNotContain("62042219650101123X");
    }
}
