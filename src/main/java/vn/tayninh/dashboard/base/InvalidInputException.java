package vn.tayninh.dashboard.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a service refuses, with a message in Vietnamese for each offending field; nothing was written.
 * Forms show each message at its field, the API returns them as a 400 body.
 */
public class InvalidInputException extends RuntimeException {

    /** @param field the field's name in code (the form's property, the API's JSON member) */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
