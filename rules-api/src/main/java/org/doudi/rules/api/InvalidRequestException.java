package org.doudi.rules.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that cannot be decided, with every problem found (the JSON contract, "Invalid request"). No partial decision is
 * ever made for it.
 */
public final class InvalidRequestException extends DoudiException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param problems  the problems, not empty
     */
    public InvalidRequestException(List<Problem> problems) {
        super("invalid request: " + problems.stream().map(p -> p.path() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, never empty */
    public List<Problem> problems() {
        return problems;
    }
}
