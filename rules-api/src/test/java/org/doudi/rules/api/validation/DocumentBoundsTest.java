package org.doudi.rules.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;

/**
 * The document bound counts bytes of UTF-8 exactly (1, 2, 3 or 4 bytes a character), without encoding; and the
 * parser's own limits (a number too long, nesting too deep) are reported in the contract's words.
 */
class DocumentBoundsTest {

    private static final int MIB = Bounds.DOCUMENT_BYTES;

    private static String times(String s, int n) {
        return s.repeat(n);
    }

    @Test
    @DisplayName("one-byte characters: 1 MiB of them is within the bound, one more is not")
    void ascii() {
        assertThat(Bounds.documentWithin(times("a", MIB))).isTrue();
        assertThat(Bounds.documentWithin(times("a", MIB + 1))).isFalse();
    }

    @Test
    @DisplayName("two-byte characters from U+0080: half a MiB of them fills the bound exactly")
    void twoBytes() {
        String full = times("\u0080", MIB / 2);
        assertThat(Bounds.documentWithin(full)).isTrue();
        assertThat(Bounds.documentWithin(full + "a")).isFalse();
        assertThat(Bounds.documentWithin(times("\u07ff", MIB / 2) + "a")).isFalse();
    }

    @Test
    @DisplayName("three-byte characters from U+0800 (Chinese): a third of a MiB of them, and the bytes left over")
    void threeBytes() {
        String most = times("\u0800", MIB / 3); // 3 × 349,525 = 1,048,575 bytes
        assertThat(Bounds.documentWithin(most + "a")).isTrue();
        assertThat(Bounds.documentWithin(most + "aa")).isFalse();
        assertThat(Bounds.documentWithin(times("低", MIB / 3) + "aa")).isFalse();
    }

    @Test
    @DisplayName("characters outside the BMP: four bytes a surrogate pair")
    void fourBytes() {
        String full = times("\uD83D\uDE00", MIB / 4);
        assertThat(Bounds.documentWithin(full)).isTrue();
        assertThat(Bounds.documentWithin(full + "a")).isFalse();
    }

    @Test
    @DisplayName("a number longer than 100 characters: refused at the root, in the contract's words, with its place")
    void numberTooLong() {
        DecodedRequest d = DoudiJson.decodeRequest("{\"bonusMonths\": " + "1".repeat(Bounds.NUMBER_CHARACTERS + 1)
                + "}");

        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON: a number longer than 100 characters at line 1, column ");
        });
    }

    @Test
    @DisplayName("nesting deeper than 64 levels: refused at the root, in the contract's words")
    void nestedTooDeep() {
        int depth = Bounds.NESTING_DEPTH + 1;
        DecodedRequest d = DoudiJson.decodeRequest("{\"flags\": " + "[".repeat(depth) + "]".repeat(depth) + "}");

        assertThat(d.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("malformed JSON: nested deeper than 64 levels at line 1, column ");
    }

    @Test
    @DisplayName("a document over 1 MiB is refused before parsing, whatever it holds")
    void documentTooLarge() {
        DecodedRequest d = DoudiJson.decodeRequest("{\"caseId\": \"" + times("低", MIB / 3) + "\"}");

        assertThat(d.problems()).containsExactly(new Problem("", Bounds.DOCUMENT_MESSAGE));
    }
}
