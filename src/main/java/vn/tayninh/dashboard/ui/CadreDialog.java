package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.indicator.RequiredFields;
import vn.tayninh.dashboard.position.Bloc;

/**
 * Adds a cadre or edits a profile. The form checks each field as it is typed with the rules the service applies
 * again on save ({@link CadreRules}); the service's refusals appear at their fields, and a save refused because
 * someone else saved first shows what they saved.
 */
class CadreDialog extends Dialog {

    private final CadreEditor editor;
    private final CadreService cadres;
    private final long communeId;
    private final Consumer<Cadre> onSaved;
    private final Binder<CadreForm> binder = new Binder<>(CadreForm.class);
    private final FormErrors errors = new FormErrors();
    private Cadre existing;

    final TextField fullName = new TextField();
    final Select<Gender> gender = new Select<>();
    final DateField birthDate = new DateField(getTranslation("entry.cadre.birthDate"));
    final TextField ethnicity = new TextField();
    final Select<Education> education = new Select<>();
    final Select<PoliticalTheory> politicalTheory = new Select<>();
    final Select<Bloc> bloc = new Select<>();
    final Checkbox stem = new Checkbox();
    final Checkbox plannedKeyTitle = new Checkbox();
    final Checkbox plannedCommittee = new Checkbox();
    final Checkbox sourcePool = new Checkbox();
    final Checkbox llctAdvancedTrained = new Checkbox();
    final DateField startDate = new DateField(getTranslation("cadre.startDate"));
    final Select<Education> studyingFor = new Select<>();
    final DateField studyEnd = new DateField(getTranslation("entry.field.studyEnd"));
    final Select<PoliticalTheory> llctStudyingFor = new Select<>();
    final DateField llctStudyEnd = new DateField(getTranslation("entry.field.llctStudyEnd"));
    final Button save = new Button();
    /** For a record already entered: its departure and its removal as entered by mistake; null when adding. */
    final Button depart;
    final Button remove;

    /** What else may be done with a record already entered, from its form: each closes the form first. */
    interface RecordActions {
        void depart(Cadre cadre);

        void remove(Cadre cadre);
    }

    /** @param existing the cadre to edit, or null to add one to the commune */
    CadreDialog(CadreEditor editor, CadreService cadres, long communeId, Cadre existing, Clock clock,
                Consumer<Cadre> onSaved) {
        this(editor, cadres, communeId, existing, clock, onSaved, null);
    }

    /**
     * @param existing the cadre to edit, or null to add one to the commune
     * @param actions  the departure and the removal offered in the form of an existing record (null: none)
     */
    CadreDialog(CadreEditor editor, CadreService cadres, long communeId, Cadre existing, Clock clock,
                Consumer<Cadre> onSaved, RecordActions actions) {
        this.editor = editor;
        this.cadres = cadres;
        this.communeId = communeId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "entry.cadre.add" : "entry.cadre.edit"));
        setId("cadre-dialog");
        setWidth("min(56rem, 100%)");
        LocalDate today = LocalDate.now(clock);

        label(fullName, "cadre.fullName");
        fullName.setId("cadre-fullName");
        fullName.setRequiredIndicatorVisible(true);
        label(ethnicity, "cadre.ethnicity");
        options(gender, "cadre.gender", Gender.values(), "gender.");
        options(education, "cadre.education", Education.values(), "education.");
        options(politicalTheory, "cadre.politicalTheory", PoliticalTheory.values(), "theory.");
        options(bloc, "cadre.bloc", Bloc.values(), "bloc.");
        options(studyingFor, "entry.field.studyingFor",
                new Education[] {Education.TIEN_SI, Education.THAC_SI, Education.DAI_HOC}, "education.");
        noneWhenEmpty(studyingFor, "education.");
        options(llctStudyingFor, "entry.field.llctStudyingFor",
                new PoliticalTheory[] {PoliticalTheory.CU_NHAN_CAO_CAP, PoliticalTheory.TRUNG_CAP}, "theory.");
        noneWhenEmpty(llctStudyingFor, "theory.");
        startDate.setMax(today);
        startDate.setRequiredIndicatorVisible(true);
        stem.setLabel(getTranslation("cadre.stem"));
        plannedKeyTitle.setLabel(getTranslation("cadre.plannedKeyTitle"));
        plannedCommittee.setLabel(getTranslation("cadre.plannedCommittee"));
        sourcePool.setLabel(getTranslation("cadre.sourcePool"));
        llctAdvancedTrained.setLabel(getTranslation("cadre.llctAdvancedTrained"));

        binder.forField(fullName).withValidator(rule(CadreRules::fullName))
                .bind(CadreForm::getFullName, CadreForm::setFullName);
        binder.forField(gender).bind(CadreForm::getGender, CadreForm::setGender);
        binder.forField(birthDate).withValidator(rule(value -> CadreRules.birthDate(value, today)))
                .bind(CadreForm::getBirthDate, CadreForm::setBirthDate);
        binder.forField(ethnicity).withValidator(rule(CadreRules::ethnicity))
                .bind(CadreForm::getEthnicity, CadreForm::setEthnicity);
        binder.forField(education).bind(CadreForm::getEducation, CadreForm::setEducation);
        binder.forField(politicalTheory).bind(CadreForm::getPoliticalTheory, CadreForm::setPoliticalTheory);
        binder.forField(bloc).bind(CadreForm::getBloc, CadreForm::setBloc);
        binder.forField(stem).bind(CadreForm::isStem, CadreForm::setStem);
        binder.forField(plannedKeyTitle).bind(CadreForm::isPlannedKeyTitle, CadreForm::setPlannedKeyTitle);
        binder.forField(plannedCommittee).bind(CadreForm::isPlannedCommittee, CadreForm::setPlannedCommittee);
        binder.forField(sourcePool).bind(CadreForm::isSourcePool, CadreForm::setSourcePool);
        binder.forField(llctAdvancedTrained).bind(CadreForm::isLlctAdvancedTrained, CadreForm::setLlctAdvancedTrained);
        binder.forField(startDate).withValidator(rule(value -> CadreRules.startDate(value, today, birthDate.getValue())))
                .bind(CadreForm::getStartDate, CadreForm::setStartDate);
        // the same rules as the service, each read against the level it goes with
        binder.forField(studyingFor).withValidator(rule(value -> CadreRules.studyingFor(education.getValue(), value)))
                .bind(CadreForm::getStudyingFor, CadreForm::setStudyingFor);
        binder.forField(studyEnd).withValidator(rule(value -> CadreRules.studyEnd(studyingFor.getValue(), value, today)))
                .bind(CadreForm::getStudyEnd, CadreForm::setStudyEnd);
        binder.forField(llctStudyingFor)
                .withValidator(rule(value -> CadreRules.llctStudyingFor(politicalTheory.getValue(), value)))
                .bind(CadreForm::getLlctStudyingFor, CadreForm::setLlctStudyingFor);
        binder.forField(llctStudyEnd)
                .withValidator(rule(value -> CadreRules.studyEnd(llctStudyingFor.getValue(), value, today)))
                .bind(CadreForm::getLlctStudyEnd, CadreForm::setLlctStudyEnd);

        errors.field("fullName", fullName).field("gender", gender).field("birthDate", birthDate)
                .field("ethnicity", ethnicity).field("education", education).field("politicalTheory", politicalTheory)
                .field("bloc", bloc).field("startDate", startDate).field("studyingFor", studyingFor)
                .field("studyEnd", studyEnd).field("llctStudyingFor", llctStudyingFor).field("llctStudyEnd", llctStudyEnd);

        FormLayout form = new FormLayout(fullName, gender, birthDate, ethnicity, education, politicalTheory, bloc,
                startDate, studyingFor, studyEnd, llctStudyingFor, llctStudyEnd, stem, plannedKeyTitle, plannedCommittee,
                sourcePool, llctAdvancedTrained);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(fullName, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.setId("cadre-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (existing != null && actions != null) {
            depart = new Button(getTranslation("entry.depart.action"), e -> {
                close();
                actions.depart(this.existing);
            });
            depart.setId("cadre-depart");
            depart.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove = new Button(getTranslation("entry.remove.action"), e -> {
                close();
                actions.remove(this.existing);
            });
            remove.setId("cadre-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(depart, remove);
        } else {
            depart = null;
            remove = null;
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        birthDate.setInitialPosition(today.minusYears(40));
        read(existing);
    }

    private void read(Cadre cadre) {
        existing = cadre;
        CadreForm form = cadre == null ? new CadreForm() : CadreForm.of(cadre);
        binder.readBean(form);
        errors.clear();
    }

    /**
     * Marks each required field left empty (those target T5 and the data-quality check "missing information" count)
     * as invalid, saying why: the form opened from the data-quality work list shows at once what is missing.
     */
    void markMissing() {
        java.util.Map<String, HasValidation> fields = new java.util.LinkedHashMap<>();
        fields.put("gender", gender);
        fields.put("birthDate", birthDate);
        fields.put("ethnicity", ethnicity);
        fields.put("education", education);
        fields.put("politicalTheory", politicalTheory);
        fields.put("bloc", bloc);
        for (String field : RequiredFields.MISSING_SQL.keySet()) {
            HasValidation input = fields.get(field);
            Object value = ((com.vaadin.flow.component.HasValue<?, ?>) input).getValue();
            if (value == null || value instanceof String text && text.isBlank()) {
                input.setErrorMessage(getTranslation("entry.cadre.missing"));
                input.setInvalid(true);
            }
        }
    }

    void save() {
        CadreForm form = new CadreForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            Cadre saved = existing == null ? editor.create(communeId, form)
                    : editor.update(existing.getId(), existing.getVersion(), form);
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        } catch (EditConflictException conflict) {
            ConflictDialog.show("entry.field.", conflict,
                    () -> cadres.findProfile(existing.getId()).ifPresent(profile -> read(profile.cadre())));
        }
    }

    private <T> Validator<T> rule(Function<T, Optional<Message>> check) {
        return (value, context) -> check.apply(value)
                .map(message -> ValidationResult.error(getTranslation(message.key(), message.argArray())))
                .orElse(ValidationResult.ok());
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
    }

    private <E extends Enum<E>> void options(Select<E> select, String key, E[] values, String prefix) {
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("cadre.unknown"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("cadre.unknown")
                : getTranslation(prefix + value.name()));
    }

    /** A course in progress left empty means none, not unknown. */
    private <E extends Enum<E>> void noneWhenEmpty(Select<E> select, String prefix) {
        select.setEmptySelectionCaption(getTranslation("entry.study.none"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("entry.study.none")
                : getTranslation(prefix + value.name()));
    }
}
