package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.Rating;

/** Enters a cadre's rating for a year (last year by default: ratings are given at the year's end). */
class RatingDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final Select<Rating> rating = new Select<>();
    final Button save = new Button();

    RatingDialog(RatingEditor editor, Cadre cadre, Clock clock, Runnable refresh) {
        setHeaderTitle(getTranslation("entry.rate.title", cadre.getFullName()));
        setId("rating-dialog");
        FormErrors errors = new FormErrors().field("year", year).field("rating", rating);
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("entry.year"));
        year.setMin(CadreRules.FIRST_RATING_YEAR);
        year.setMax(thisYear);
        year.setStepButtonsVisible(true);
        year.setValue(thisYear - 1);
        rating.setLabel(getTranslation("entry.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("rating." + r.name()));
        rating.setRequiredIndicatorVisible(true);
        add(new FormLayout(year, rating));

        save.setText(getTranslation("common.save"));
        save.setId("rating-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                () -> editor.rate(cadre.getId(), year.getValue(), rating.getValue()), "entry.saved.rating", refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
