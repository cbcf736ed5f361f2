package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.position.Bloc;

/**
 * The editable part of a cadre's profile, as a form or an API request fills it. The property names are the
 * field names of validation messages and of the audit trail.
 */
public class CadreForm {

    /** The fields of training in progress. */
    static final java.util.List<String> STUDY_FIELDS = java.util.List.of("studyingFor", "studyEnd", "llctStudyingFor",
            "llctStudyEnd");

    private String fullName;
    private Gender gender;
    private LocalDate birthDate;
    private String ethnicity;
    private Education education;
    private PoliticalTheory politicalTheory;
    private boolean stem;
    private Bloc bloc;
    private boolean plannedKeyTitle;
    private boolean plannedCommittee;
    private boolean sourcePool;
    private boolean llctAdvancedTrained;
    private LocalDate startDate;
    private Education studyingFor;
    private LocalDate studyEnd;
    private PoliticalTheory llctStudyingFor;
    private LocalDate llctStudyEnd;

    public static CadreForm of(Cadre cadre) {
        CadreForm form = new CadreForm();
        form.fullName = cadre.getFullName();
        form.gender = cadre.getGender();
        form.birthDate = cadre.getBirthDate();
        form.ethnicity = cadre.getEthnicity();
        form.education = cadre.getEducation();
        form.politicalTheory = cadre.getPoliticalTheory();
        form.stem = cadre.isStem();
        form.bloc = cadre.getBloc();
        form.plannedKeyTitle = cadre.isPlannedKeyTitle();
        form.plannedCommittee = cadre.isPlannedCommittee();
        form.sourcePool = cadre.isSourcePool();
        form.llctAdvancedTrained = cadre.isLlctAdvancedTrained();
        form.startDate = cadre.getStartDate();
        form.studyingFor = cadre.getStudyingFor();
        form.studyEnd = cadre.getStudyEnd();
        form.llctStudyingFor = cadre.getLlctStudyingFor();
        form.llctStudyEnd = cadre.getLlctStudyEnd();
        return form;
    }

    /** Field name → value as the audit trail writes it, in form order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fullName", FieldChanges.text(fullName));
        values.put("gender", FieldChanges.text(gender));
        values.put("birthDate", FieldChanges.text(birthDate));
        values.put("ethnicity", FieldChanges.text(ethnicity));
        values.put("education", FieldChanges.text(education));
        values.put("politicalTheory", FieldChanges.text(politicalTheory));
        values.put("stem", FieldChanges.text(stem));
        values.put("bloc", FieldChanges.text(bloc));
        values.put("plannedKeyTitle", FieldChanges.text(plannedKeyTitle));
        values.put("plannedCommittee", FieldChanges.text(plannedCommittee));
        values.put("sourcePool", FieldChanges.text(sourcePool));
        values.put("llctAdvancedTrained", FieldChanges.text(llctAdvancedTrained));
        values.put("startDate", FieldChanges.text(startDate));
        values.put("studyingFor", FieldChanges.text(studyingFor));
        values.put("studyEnd", FieldChanges.text(studyEnd));
        values.put("llctStudyingFor", FieldChanges.text(llctStudyingFor));
        values.put("llctStudyEnd", FieldChanges.text(llctStudyEnd));
        return values;
    }

    void applyTo(Cadre cadre) {
        cadre.setFullName(normalizedName());
        cadre.setGender(gender);
        cadre.setBirthDate(birthDate);
        cadre.setEthnicity(ethnicity == null || ethnicity.isBlank() ? null : ethnicity.strip());
        cadre.setEducation(education);
        cadre.setPoliticalTheory(politicalTheory);
        cadre.setStem(stem);
        cadre.setBloc(bloc);
        cadre.setPlannedKeyTitle(plannedKeyTitle);
        cadre.setPlannedCommittee(plannedCommittee);
        cadre.setSourcePool(sourcePool);
        cadre.setLlctAdvancedTrained(llctAdvancedTrained);
        cadre.setStartDate(startDate);
        cadre.setStudy(studyingFor, studyEnd);
        cadre.setLlctStudy(llctStudyingFor, llctStudyEnd);
    }

    /** The name without surrounding or repeated spaces. */
    String normalizedName() {
        return fullName == null ? null : fullName.strip().replaceAll("\\s+", " ");
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public void setPoliticalTheory(PoliticalTheory politicalTheory) {
        this.politicalTheory = politicalTheory;
    }

    public boolean isStem() {
        return stem;
    }

    public void setStem(boolean stem) {
        this.stem = stem;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public void setBloc(Bloc bloc) {
        this.bloc = bloc;
    }

    public boolean isPlannedKeyTitle() {
        return plannedKeyTitle;
    }

    public void setPlannedKeyTitle(boolean plannedKeyTitle) {
        this.plannedKeyTitle = plannedKeyTitle;
    }

    public boolean isPlannedCommittee() {
        return plannedCommittee;
    }

    public void setPlannedCommittee(boolean plannedCommittee) {
        this.plannedCommittee = plannedCommittee;
    }

    public boolean isSourcePool() {
        return sourcePool;
    }

    public void setSourcePool(boolean sourcePool) {
        this.sourcePool = sourcePool;
    }

    public boolean isLlctAdvancedTrained() {
        return llctAdvancedTrained;
    }

    public void setLlctAdvancedTrained(boolean llctAdvancedTrained) {
        this.llctAdvancedTrained = llctAdvancedTrained;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Education getStudyingFor() {
        return studyingFor;
    }

    public void setStudyingFor(Education studyingFor) {
        this.studyingFor = studyingFor;
    }

    public LocalDate getStudyEnd() {
        return studyEnd;
    }

    public void setStudyEnd(LocalDate studyEnd) {
        this.studyEnd = studyEnd;
    }

    public PoliticalTheory getLlctStudyingFor() {
        return llctStudyingFor;
    }

    public void setLlctStudyingFor(PoliticalTheory llctStudyingFor) {
        this.llctStudyingFor = llctStudyingFor;
    }

    public LocalDate getLlctStudyEnd() {
        return llctStudyEnd;
    }

    public void setLlctStudyEnd(LocalDate llctStudyEnd) {
        this.llctStudyEnd = llctStudyEnd;
    }
}
