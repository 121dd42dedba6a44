package org.doudi.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.doudi.rules.drools.lint.DrlTokens.Kind;
import org.doudi.rules.drools.lint.DrlTokens.Token;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lint's tokenizer: each kind of token with its exact text, offset and line, comments and white space skipped,
 * and text it cannot read (an unclosed string or comment) taken to the end without failing.
 */
class DrlTokensTest {

    private static Token word(String text, int offset, int line) {
        return new Token(Kind.WORD, text, offset, line);
    }

    private static Token number(String text, int offset, int line) {
        return new Token(Kind.NUMBER, text, offset, line);
    }

    private static Token string(String text, int offset, int line) {
        return new Token(Kind.STRING, text, offset, line);
    }

    private static Token symbol(char c, int offset, int line) {
        return new Token(Kind.SYMBOL, String.valueOf(c), offset, line);
    }

    @Test
    @DisplayName("words, numbers and symbols with their offsets and lines; white space and line ends skipped")
    void wordsNumbersSymbols() {
        assertThat(DrlTokens.tokenize("$p : Person( age2 >= 18 )\n\tx_1 != 0.30")).containsExactly(
                word("$p", 0, 1), symbol(':', 3, 1), word("Person", 5, 1), symbol('(', 11, 1),
                word("age2", 13, 1), symbol('>', 18, 1), symbol('=', 19, 1), number("18", 21, 1),
                symbol(')', 24, 1), word("x_1", 27, 2), symbol('!', 31, 2), symbol('=', 32, 2),
                number("0.30", 34, 2));
        assertThat(DrlTokens.tokenize("")).isEmpty();
        assertThat(DrlTokens.tokenize(" \r\n\t ")).isEmpty();
    }

    @Test
    @DisplayName("number literals: suffixes, exponents with a sign, hexadecimal (no exponent), a leading dot")
    void numbers() {
        assertThat(DrlTokens.tokenize("12L 1.5B 1e+3 2E-4 0x1E+2 1_000")).extracting(Token::text)
                .containsExactly("12L", "1.5B", "1e+3", "2E-4", "0x1E", "+", "2", "1_000");
        assertThat(DrlTokens.tokenize(".5")).containsExactly(number(".5", 0, 1));
        assertThat(DrlTokens.tokenize("0X1e-2")).extracting(Token::text).containsExactly("0X1e", "-", "2");
        assertThat(DrlTokens.tokenize("1.x")).extracting(Token::kind, Token::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.NUMBER, "1"), org.assertj.core.groups.Tuple.tuple(
                        Kind.SYMBOL, "."), org.assertj.core.groups.Tuple.tuple(Kind.WORD, "x"));
        assertThat(DrlTokens.tokenize("3.")).extracting(Token::text).containsExactly("3", ".");
        assertThat(DrlTokens.tokenize("1+2")).extracting(Token::text).containsExactly("1", "+", "2");
        assertThat(DrlTokens.tokenize("9 99.9")).containsExactly(number("9", 0, 1), number("99.9", 2, 1));
    }

    @Test
    @DisplayName("a dot before a digit is a number only where no operand stands before it")
    void dotAfterAnOperandIsMemberAccess() {
        assertThat(DrlTokens.tokenize("( .5")).extracting(Token::text).containsExactly("(", ".5");
        assertThat(DrlTokens.tokenize("a.5")).extracting(Token::text).containsExactly("a", ".", "5");
        assertThat(DrlTokens.tokenize("x).5")).extracting(Token::text).containsExactly("x", ")", ".", "5");
        assertThat(DrlTokens.tokenize("x].5")).extracting(Token::text).containsExactly("x", "]", ".", "5");
        assertThat(DrlTokens.tokenize("\"s\".5")).extracting(Token::text).containsExactly("\"s\"", ".", "5");
        assertThat(DrlTokens.tokenize(".")).extracting(Token::text).containsExactly(".");
        assertThat(DrlTokens.tokenize(".a")).extracting(Token::text).containsExactly(".", "a");
    }

    @Test
    @DisplayName("comments are skipped and their lines counted")
    void comments() {
        assertThat(DrlTokens.tokenize("a // 500 yuan\nb /* 3\n4 */ c /* open\n5")).containsExactly(
                word("a", 0, 1), word("b", 14, 2), word("c", 26, 3));
        assertThat(DrlTokens.tokenize("// only")).isEmpty();
        // "/*/" opens a comment; its '*' and '/' do not close it
        assertThat(DrlTokens.tokenize("/*/ 5 */ a")).containsExactly(word("a", 9, 1));
        assertThat(DrlTokens.tokenize("a/b")).extracting(Token::text).containsExactly("a", "/", "b");
    }

    @Test
    @DisplayName("strings keep their quotes and escapes; a text block spans lines; an unclosed string ends at its line")
    void strings() {
        assertThat(DrlTokens.tokenize("\"a\\\"b\" 'c' x")).containsExactly(
                string("\"a\\\"b\"", 0, 1), string("'c'", 7, 1), word("x", 11, 1));
        assertThat(DrlTokens.tokenize("\"\"\"one\ntwo\"\"\" y")).containsExactly(
                string("\"\"\"one\ntwo\"\"\"", 0, 1), word("y", 14, 2));
        assertThat(DrlTokens.tokenize("\"open\nz")).containsExactly(string("\"open\n", 0, 1), word("z", 6, 2));
        assertThat(DrlTokens.tokenize("\"\"\"never closed\n7")).containsExactly(
                string("\"\"\"never closed\n7", 0, 1));
        assertThat(DrlTokens.tokenize("'x")).containsExactly(string("'x", 0, 1));
        assertThat(DrlTokens.tokenize("\"\\")).containsExactly(string("\"\\", 0, 1));
    }

    @Test
    @DisplayName("letters of any script are words; a word may hold digits but not start with one")
    void words() {
        assertThat(DrlTokens.tokenize("成员 _x $y 2a")).containsExactly(word("成员", 0, 1), word("_x", 3, 1),
                word("$y", 6, 1), number("2a", 9, 1));
    }

    @Test
    @DisplayName("isWord and isSymbol look at the kind as well as the text")
    void tokenTests() {
        List<Token> tokens = DrlTokens.tokenize("when ( \"(\" ");
        assertThat(tokens.get(0).isWord("when")).isTrue();
        assertThat(tokens.get(0).isWord("then")).isFalse();
        assertThat(tokens.get(1).isSymbol('(')).isTrue();
        assertThat(tokens.get(1).isSymbol(')')).isFalse();
        assertThat(tokens.get(1).isWord("(")).isFalse();
        assertThat(tokens.get(2).isSymbol('(')).isFalse();
        assertThat(new Token(Kind.SYMBOL, "((", 0, 1).isSymbol('(')).isFalse();
        assertThat(new Token(Kind.STRING, "when", 0, 1).isWord("when")).isFalse();
    }
}
