package vn.tayninh.dashboard.cadre;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Message;

/** Problems found so far, field by field; each is translated where it is shown. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    Problems check(String field, Optional<Message> problem) {
        problem.ifPresent(message -> add(field, message));
        return this;
    }

    void add(String field, Message message) {
        list.add(new Problem(field, message));
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
