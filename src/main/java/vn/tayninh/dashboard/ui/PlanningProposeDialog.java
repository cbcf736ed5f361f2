package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningKind;
import vn.tayninh.dashboard.planning.PlanningTerm;

/**
 * A commune proposes a person for a title of the term (or for the source pool). The rules of planning are checked
 * as the fields are filled ({@link Planning#check}) and again when the proposal is sent; a refusal names the rule.
 */
class PlanningProposeDialog extends Dialog {

    final ComboBox<Cadre> cadre = new ComboBox<>();
    final RadioButtonGroup<PlanningKind> kind = new RadioButtonGroup<>();
    final Select<PlannedTitle> title = new Select<>();
    final TextArea note = new TextArea();
    final Div check = new Div();
    final Button save = new Button();

    private final Planning planning;
    private final PlanningTerm term;

    PlanningProposeDialog(Planning planning, CadreService cadres, Commune commune, PlanningTerm term, LocalDate today,
                          Runnable refresh) {
        this.planning = planning;
        this.term = term;
        setHeaderTitle(getTranslation("planningPage.propose.heading", commune.getName(), term.getCode()));
        setId("planning-propose-dialog");
        cadre.setLabel(getTranslation("planningPage.propose.cadre"));
        cadre.setId("planning-propose-cadre");
        cadre.setRequiredIndicatorVisible(true);
        cadre.setItems(query -> cadres.findActive(commune.getId(), today, query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) cadres.countActive(commune.getId(), today, query.getFilter().orElse("")));
        cadre.setItemLabelGenerator(c -> c.getBirthDate() == null ? c.getFullName()
                : c.getFullName() + " (" + c.getBirthDate().getYear() + ")");
        kind.setLabel(getTranslation("planningPage.propose.kind"));
        kind.setItems(PlanningKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("planningPage.kind." + k.name()));
        kind.setValue(PlanningKind.PLAN);
        kind.setId("planning-propose-kind");
        title.setLabel(getTranslation("planningPage.propose.title"));
        title.setId("planning-propose-title");
        title.setItems(Arrays.stream(PlannedTitle.values()).filter(t -> !t.isUnknown()).toList());
        title.setItemLabelGenerator(t -> getTranslation("position." + t.name()));
        title.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("planningPage.propose.note"));
        note.setMaxLength(1000);
        check.setId("planning-propose-check");
        check.addClassName("planning-check");
        kind.addValueChangeListener(e -> {
            title.setEnabled(e.getValue() == PlanningKind.PLAN);
            if (e.getValue() != PlanningKind.PLAN) {
                title.clear();
            }
            recheck();
        });
        cadre.addValueChangeListener(e -> recheck());
        title.addValueChangeListener(e -> recheck());
        FormErrors errors = new FormErrors().field("cadreId", cadre).field("title", title).field("kind", kind)
                .field("note", note);
        FormLayout form = new FormLayout(cadre, kind, title, note);
        add(new Paragraph(getTranslation("planningPage.propose.explanation")), form, check);
        save.setText(getTranslation("planningPage.propose.save"));
        save.setId("planning-propose-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (cadre.getValue() == null) {
                errors.show(new InvalidInputException("cadreId", "entry.rule.required"));
                return;
            }
            DialogSave.run(this, errors, "planningPage.field.", () -> planning.propose(cadre.getValue().getId(),
                    term.getId(), kind.getValue(), title.getValue(), note.getValue()), "planningPage.propose.saved",
                    refresh);
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** What the rules say about the proposal as filled so far: nothing until a person and a title are chosen. */
    private void recheck() {
        check.removeAll();
        if (cadre.getValue() == null || kind.getValue() == PlanningKind.PLAN && title.getValue() == null) {
            return;
        }
        List<InvalidInputException.Problem> problems = planning.check(cadre.getValue().getId(), term.getId(),
                kind.getValue(), title.getValue());
        if (problems.isEmpty()) {
            check.add(new Paragraph(getTranslation("planningPage.propose.check.ok")));
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.text(getLocale()))));
        check.add(new Paragraph(getTranslation("planningPage.propose.check.problems")), list);
    }
}
