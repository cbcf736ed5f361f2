package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.position.Position;

/**
 * One person of the commune with everything that can be done for them, one tap each: what a tap on their row opens,
 * on a phone as on a desk. Each action closes the sheet and opens its own form.
 */
class PersonSheet extends Dialog {

    /** The actions offered, each opening its form for the cadre. */
    interface Actions {
        void edit(Cadre cadre);

        void appoint(Cadre cadre);

        void rate(Cadre cadre);

        void discipline(Cadre cadre);

        void depart(Cadre cadre);

        void remove(Cadre cadre);
    }

    final Button edit;
    final Button appoint;
    final Button rate;
    final Button discipline;
    final Button depart;
    final Button remove;

    PersonSheet(Cadre cadre, List<Position> titles, Actions actions) {
        setHeaderTitle(cadre.getFullName());
        setId("person-sheet");
        setWidth("min(26rem, 100%)");
        Paragraph born = new Paragraph(cadre.getBirthDate() == null ? getTranslation("cadre.unknown")
                : getTranslation("entry.person.born", Formats.date(cadre.getBirthDate())));
        Paragraph held = new Paragraph(titles.isEmpty() ? getTranslation("entry.person.noTitle")
                : getTranslation("entry.person.titles", String.join(", ",
                        titles.stream().map(p -> getTranslation("position." + p.name())).toList())));
        born.addClassName("person-line");
        held.addClassName("person-line");
        edit = action(VaadinIcon.EDIT, "entry.cadre.edit", "person-edit", () -> actions.edit(cadre));
        appoint = action(VaadinIcon.PLUS_CIRCLE, "entry.appoint.action", "person-appoint", () -> actions.appoint(cadre));
        rate = action(VaadinIcon.STAR, "entry.rate.action", "person-rate", () -> actions.rate(cadre));
        discipline = action(VaadinIcon.GAVEL, "entry.discipline.action", "person-discipline",
                () -> actions.discipline(cadre));
        depart = action(VaadinIcon.SIGN_OUT, "entry.depart.action", "person-depart", () -> actions.depart(cadre));
        depart.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove = action(VaadinIcon.TRASH, "entry.remove.action", "person-remove", () -> actions.remove(cadre));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        VerticalLayout buttons = new VerticalLayout(edit, appoint, rate, discipline, depart, remove);
        buttons.setPadding(false);
        buttons.setSpacing(true);
        add(born, held, buttons);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private Button action(VaadinIcon icon, String key, String id, Runnable open) {
        Button button = new Button(getTranslation(key), icon.create(), e -> {
            close();
            open.run();
        });
        button.setId(id);
        button.setWidthFull();
        button.addClassName("person-action");
        return button;
    }
}
