package vn.tayninh.dashboard.indicator;

/** A request named a commune code that does not exist. */
public class UnknownCommuneException extends IllegalArgumentException {

    private final String code;

    public UnknownCommuneException(String code) {
        super("Unknown commune code: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
