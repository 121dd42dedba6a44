package org.doudi.rules.profile;

/**
 * One problem found in a profile file.
 *
 * @param file     the file name
 * @param line     the 1-based line, 0 when unknown
 * @param message  what is wrong
 */
public record ConfigProblem(String file, int line, String message) {
}
