package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** A date picker that reads and writes dd/MM/yyyy and names months and days in the user's language. */
public class DateField extends DatePicker {

    public DateField(String label) {
        setLabel(label);
        setLocale(getLocale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(list("datepicker.months"));
        i18n.setWeekdays(list("datepicker.weekdays"));
        i18n.setWeekdaysShort(list("datepicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("datepicker.today"));
        i18n.setCancel(getTranslation("datepicker.cancel"));
        setI18n(i18n);
    }

    private List<String> list(String key) {
        return Arrays.asList(getTranslation(key).split(","));
    }
}
