package vn.tayninh.dashboard.export;

import java.text.Normalizer;

/** Every text written into an export is NFC: one code point per Vietnamese letter, as fonts and searches expect. */
public final class ExportText {

    private ExportText() {
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A file name part without diacritics or spaces: "Xã Hưng Điền" → "xa-hung-dien". */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
