package vn.tayninh.dashboard.base;

import java.util.List;

/** A translatable text: a key of the translation files and its parameters. */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
