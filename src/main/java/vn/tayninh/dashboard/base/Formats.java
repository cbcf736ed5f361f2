package vn.tayninh.dashboard.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Vietnamese number and date formats: 1.234,5 and dd/MM/yyyy, whatever the UI language. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(Translations.VIETNAMESE).format(value);
    }

    /** x of n, e.g. "1.339 / 8.926": every ratio is shown with its counts, never as a percentage alone. */
    public static String ratio(long x, long n) {
        return integer(x) + " / " + integer(n);
    }

    /** A share 0..1 as a percentage with one decimal, e.g. 0.8456 → "84,6 %". */
    public static String percent(double share) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.VIETNAMESE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share * 100) + " %";
    }

    /** A number with one decimal, e.g. 0.46 → "0,5". */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.VIETNAMESE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
