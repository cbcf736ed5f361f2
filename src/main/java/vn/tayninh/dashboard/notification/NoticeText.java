package vn.tayninh.dashboard.notification;

import java.util.List;
import java.util.Locale;
import vn.tayninh.dashboard.base.Translations;

/**
 * What a notice says, in no language yet: a translation key and its parameters, each either plain words or a
 * stored translation key ({@link Translations#key}) written in the reader's language too.
 */
public record NoticeText(String key, List<String> params) {

    public NoticeText {
        params = List.copyOf(params);
    }

    public static NoticeText of(String key, String... params) {
        return new NoticeText(key, List.of(params));
    }

    public String in(Locale locale) {
        Object[] args = params.stream().map(p -> (Object) Translations.stored(p, locale)).toArray();
        return Translations.stored(Translations.key(key), locale, args);
    }
}
