package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker that reads and writes dd/MM/yyyy (and reads d/M/yyyy: "5/3/1980") and names months and days in the
 * user's language. Typing works on every device: the calendar opens only from its button, never by itself on a
 * tap or a keystroke, so that a phone's full-screen calendar does not take the place of the keyboard and Enter
 * after a typed date keeps that date. A date that cannot be read is refused at the field with the form expected,
 * never replaced by another (the calendar's today).
 */
public class DateField extends DatePicker {

    /** What the field takes, in the order tried: the first is also how dates are shown. */
    public static final List<String> FORMATS = List.of("dd/MM/yyyy", "d/M/yyyy");

    public DateField(String label) {
        setLabel(label);
        setLocale(getLocale());
        setAutoOpen(false);
        setPlaceholder(getTranslation("datepicker.placeholder"));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
        i18n.setMonthNames(list("datepicker.months"));
        i18n.setWeekdays(list("datepicker.weekdays"));
        i18n.setWeekdaysShort(list("datepicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("datepicker.today"));
        i18n.setCancel(getTranslation("datepicker.cancel"));
        i18n.setBadInputErrorMessage(getTranslation("datepicker.badInput"));
        i18n.setMinErrorMessage(getTranslation("datepicker.tooEarly"));
        i18n.setMaxErrorMessage(getTranslation("datepicker.tooLate"));
        setI18n(i18n);
    }

    private List<String> list(String key) {
        return Arrays.asList(getTranslation(key).split(","));
    }
}
