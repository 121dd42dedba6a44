package org.doudi.rules.drools.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A small tokenizer over DRL text, enough for the lint: words (identifiers and keywords, with {@code $} and any digits
 * they contain), numeric literals, string literals ({@code "..."}, {@code '...'} and {@code """...""" } text blocks)
 * and single-character symbols, each with its offset and 1-based line. Comments ({@code //} to the end of the line
 * and {@code /* ... *}{@code /}) and white space are skipped. Not a DRL parser: it never fails, whatever the text.
 */
final class DrlTokens {

    /** The kinds of token. */
    enum Kind {
        /** An identifier or keyword: a letter, {@code _} or {@code $}, then letters, digits, {@code _}, {@code $}. */
        WORD,
        /** A numeric literal, e.g. {@code 0}, {@code 1000}, {@code 0.30}, {@code 12L}, {@code 1.5B}, {@code 0x1F}. */
        NUMBER,
        /** A string or character literal, quotes included. */
        STRING,
        /** Any other single character. */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param kind    its kind
     * @param text    its text as written
     * @param offset  the index of its first character in the DRL text
     * @param line    the 1-based line of its first character
     */
    record Token(Kind kind, String text, int offset, int line) {
        /** @return true if this is the word {@code w} */
        boolean isWord(String w) {
            return kind == Kind.WORD && text.equals(w);
        }

        /** @return true if this is the symbol {@code c} */
        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }
    }

    private DrlTokens() {
    }

    /**
     * Splits DRL text into tokens.
     *
     * @param text  the DRL text, not null
     * @return the tokens in text order, never null
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                tokens.add(new Token(Kind.STRING, text.substring(i, end), i, line));
                line += count(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                tokens.add(new Token(Kind.STRING, text.substring(i, end), i, line));
                line += count(text, i, end);
                i = end;
            } else if (isWordStart(c)) {
                int j = i + 1;
                while (j < n && isWordPart(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, j), i, line));
                i = j;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)) && !afterOperand(tokens))) {
                int j = i + 1;
                while (j < n && (isWordPart(text.charAt(j)) || (text.charAt(j) == '.' && j + 1 < n
                        && isDigit(text.charAt(j + 1))) || ((text.charAt(j) == '+' || text.charAt(j) == '-')
                        && (text.charAt(j - 1) == 'e' || text.charAt(j - 1) == 'E') && !text.startsWith("0x", i)
                        && !text.startsWith("0X", i)))) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, j), i, line));
                i = j;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, line));
                i++;
            }
        }
        return tokens;
    }

    /** A '.' right after a word, a closing bracket or a number is member access, not the start of {@code .5}. */
    private static boolean afterOperand(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() != Kind.SYMBOL || last.isSymbol(')') || last.isSymbol(']');
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return c == '_' || c == '$' || (Character.isLetter(c));
    }

    private static boolean isWordPart(char c) {
        return c == '_' || c == '$' || Character.isLetterOrDigit(c);
    }
}
