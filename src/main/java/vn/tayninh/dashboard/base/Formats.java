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
        return unsigned0(format.format(share * 100)) + " %";
    }

    /** A number with one decimal, e.g. 0.46 → "0,5"; a value that rounds to zero has no sign ("0,0", never "-0,0"). */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.VIETNAMESE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return unsigned0(format.format(value));
    }

    /**
     * A change with one decimal and its sign, e.g. "+1,2" and "-0,4"; a change that rounds to zero is "0,0", without
     * a sign: it is neither a rise nor a fall.
     */
    public static String signedDecimal(double value) {
        String text = decimal(value);
        return isZero(text) || text.startsWith("-") ? text : "+" + text;
    }

    /** Whether a formatted number reads as zero ("0", "0,0", "-0,00" …). */
    private static boolean isZero(String text) {
        return text.matches("-?0(,0*)?");
    }

    /** A zero without the minus sign that rounding a small negative number leaves ("-0,0" → "0,0"). */
    private static String unsigned0(String text) {
        return isZero(text) && text.startsWith("-") ? text.substring(1) : text;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
