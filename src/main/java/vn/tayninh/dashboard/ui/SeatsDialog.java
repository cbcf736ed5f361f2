package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.SeatService;

/** The board changes the number of seats approved for a title of a commune (never below those filled). */
class SeatsDialog extends Dialog {

    final IntegerField seats = new IntegerField();
    final Button save = new Button();

    SeatsDialog(SeatService seatService, Commune commune, Vacancy vacancy, Runnable refresh) {
        String position = getTranslation("position." + vacancy.position().name());
        setHeaderTitle(getTranslation("entry.seats.title", position, commune.getName()));
        setId("seats-dialog");
        long version = seatService.version(commune.getId(), vacancy.position());
        seats.setLabel(getTranslation("dashboard.series.approved"));
        seats.setMin(vacancy.filled());
        seats.setMax(SeatService.MAX_SEATS);
        seats.setStepButtonsVisible(true);
        seats.setValue(vacancy.approved());
        FormErrors errors = new FormErrors().field("seats", seats);
        add(new Paragraph(getTranslation("entry.seats.explanation", String.valueOf(vacancy.filled()))), seats);

        save.setText(getTranslation("common.save"));
        save.setId("seats-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (seats.getValue() == null) {
                seats.setInvalid(true);
                seats.setErrorMessage(getTranslation("entry.rule.required"));
                return;
            }
            DialogSave.run(this, errors, "entry.field.",
                    () -> seatService.setApproved(commune.getId(), vacancy.position(), seats.getValue(), version),
                    "entry.saved.seats", refresh);
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
