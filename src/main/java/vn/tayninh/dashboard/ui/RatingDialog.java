package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.cadre.RatingEditor;

/**
 * A cadre's ratings: those entered, each corrected or removed in place, and a new one for a year not rated yet (the
 * latest such year by default; the years offered start at the cadre's start). All through {@link RatingEditor}, as
 * the API.
 */
class RatingDialog extends Dialog {

    final Select<Integer> year = new Select<>();
    final Select<Rating> rating = new Select<>();
    final Button save = new Button();
    /** The ratings entered, one line each. */
    final Div entered = new Div();

    private final RatingEditor editor;
    private final CadreService cadres;
    private final Cadre cadre;
    private final Runnable refresh;
    private final LocalDate today;
    private final FormLayout form;
    private final Paragraph allRated = new Paragraph();

    RatingDialog(RatingEditor editor, CadreService cadres, Cadre cadre, Clock clock, Runnable refresh) {
        this.editor = editor;
        this.cadres = cadres;
        this.cadre = cadre;
        this.refresh = refresh;
        this.today = LocalDate.now(clock);
        setHeaderTitle(getTranslation("entry.rate.title", cadre.getFullName()));
        setId("rating-dialog");
        setWidth("min(32rem, 100%)");
        FormErrors errors = new FormErrors().field("year", year).field("rating", rating);
        year.setLabel(getTranslation("entry.year"));
        year.setId("rating-year");
        year.setRequiredIndicatorVisible(true);
        rating.setLabel(getTranslation("entry.rating"));
        rating.setId("rating-value");
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("rating." + r.name()));
        rating.setRequiredIndicatorVisible(true);
        form = new FormLayout(year, rating);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        entered.setId("rating-list");
        entered.addClassName("rating-list");
        allRated.setText(getTranslation("entry.rate.allRated"));
        add(new H4(getTranslation("entry.rate.entered")), entered, new H4(getTranslation("entry.rate.new")), form,
                allRated);

        save.setText(getTranslation("common.save"));
        save.setId("rating-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                () -> editor.rate(cadre.getId(), year.getValue(), rating.getValue()), "entry.saved.rating", refresh));
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), save);
        read();
    }

    /** Reads the ratings again: the list, and the years still open with the latest as the default. */
    private void read() {
        List<AnnualRating> ratings = cadres.findRatings(cadre.getId());
        entered.removeAll();
        if (ratings.isEmpty()) {
            entered.add(new Span(getTranslation("entry.rate.none")));
        }
        ratings.stream().sorted((a, b) -> Integer.compare(b.getYear(), a.getYear())).forEach(r -> entered.add(line(r)));
        Set<Integer> rated = ratings.stream().map(AnnualRating::getYear).collect(Collectors.toSet());
        List<Integer> open = CadreRules.ratingYears(today, cadre.getStartDate()).stream()
                .filter(y -> !rated.contains(y)).toList();
        year.setItems(open);
        year.setValue(open.isEmpty() ? null : open.getFirst());
        rating.clear();
        form.setVisible(!open.isEmpty());
        save.setVisible(!open.isEmpty());
        allRated.setVisible(open.isEmpty());
    }

    /** One rating entered: its year, its value to correct in place, and a button to remove it. */
    private HorizontalLayout line(AnnualRating saved) {
        Select<Rating> value = new Select<>();
        value.setItems(Rating.values());
        value.setItemLabelGenerator(r -> getTranslation("rating." + r.name()));
        value.setValue(saved.getRating());
        value.setAriaLabel(getTranslation("entry.rate.correct", String.valueOf(saved.getYear())));
        value.addClassName("rating-correct");
        value.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != saved.getRating()) {
                change(() -> editor.changeRating(saved.getId(), saved.getVersion(), e.getValue()), "entry.saved.ratingCorrected");
            }
        });
        Button remove = new Button(VaadinIcon.TRASH.create(),
                e -> change(() -> editor.deleteRating(saved.getId(), saved.getVersion()), "entry.saved.ratingRemoved"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("entry.rate.remove", String.valueOf(saved.getYear())));
        remove.setTooltipText(getTranslation("entry.rate.remove", String.valueOf(saved.getYear())));
        remove.addClassName("rating-remove");
        Span label = new Span(String.valueOf(saved.getYear()));
        label.addClassName("rating-year");
        HorizontalLayout line = new HorizontalLayout(label, value, remove);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName("rating-line");
        line.getElement().setAttribute("data-year", String.valueOf(saved.getYear()));
        return line;
    }

    private void change(Runnable work, String savedKey) {
        try {
            work.run();
            Notification.show(getTranslation(savedKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh.run();
        } catch (InvalidInputException refusal) {
            Notification.show(refusal.problems().stream().map(p -> getTranslation(p.message()))
                            .collect(Collectors.joining("; ")), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException conflict) {
            ConflictDialog.show("entry.field.", conflict, refresh);
        }
        read();
    }
}
