package org.doudi.rules.api.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The masking function at its edges (the properties in {@code MaskingPropertiesTest} cover the general case). */
class MaskingTest {

    @Test
    @DisplayName("null stays null; four characters or fewer are shown; beyond, all but the last four are starred")
    void edges() {
        assertThat(Masking.mask(null)).isNull();
        assertThat(Masking.scrub(null)).isNull();
        assertThat(Masking.mask("")).isEmpty();
        assertThat(Masking.mask("123X")).isEqualTo("123X");
        assertThat(Masking.mask("4123X")).isEqualTo("*123X");
        assertThat(Masking.mask("41142619800101123X")).isEqualTo("**************123X");
    }

    @Test
    @DisplayName("characters are counted as code points: a character outside the BMP is one character, one star")
    void codePoints() {
        String five = "\uD840\uDC00".repeat(5);

        assertThat(Masking.mask(five)).isEqualTo("*" + "\uD840\uDC00".repeat(4));
    }

    @Test
    @DisplayName("a text without a run of ten digits is returned as it is; an identifier in a text is masked")
    void scrub() {
        String plain = "家庭月人均收入 260.00 元低于标准 335.00 元（2020-06-15）";

        assertThat(Masking.scrub(plain)).isSameAs(plain);
        assertThat(Masking.scrub("户主身份证 41142619800101123X 电话 13812345678"))
                .isEqualTo("户主身份证 **************123X 电话 *******5678");
    }
}
