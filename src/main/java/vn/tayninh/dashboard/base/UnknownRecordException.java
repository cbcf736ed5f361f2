package vn.tayninh.dashboard.base;

/**
 * A change naming a record that does not exist (or no longer does). A form shows it at the field like any invalid
 * input; the API answers 404.
 */
public class UnknownRecordException extends InvalidInputException {

    public UnknownRecordException(String field) {
        super(field, "entry.record.unknown");
    }
}
