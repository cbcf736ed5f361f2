package vn.tayninh.dashboard.cadre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Bloc;

/**
 * A commune cadre record. Active from {@code startDate} until {@code endDate} (exclusive; null while active).
 * Gender, birth date, ethnicity, education, political theory and bloc may be unknown: such a record counts
 * against the database-completeness target T5.
 */
@Entity
public class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    /** The full name as the duplicate search compares it ({@link #normalizedName(String)}), kept with the name. */
    @Column(name = "normalized_name", length = 120)
    private String normalizedName;

    /** A 64-bit key of the normalized name ({@link #nameKey(String)}), on which possible duplicates are grouped. */
    @Column(name = "name_key")
    private Long nameKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 40)
    private String ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory", length = 20)
    private PoliticalTheory politicalTheory;

    /** Science, technology, engineering or mathematics background. */
    @Column(nullable = false)
    private boolean stem;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Bloc bloc;

    @Column(name = "planned_key_title", nullable = false)
    private boolean plannedKeyTitle;

    @Column(name = "planned_committee", nullable = false)
    private boolean plannedCommittee;

    /** Young cadre in the leadership source pool (diện tạo nguồn). */
    @Column(name = "source_pool", nullable = false)
    private boolean sourcePool;

    /** Trained in advanced political theory (cao cấp lý luận chính trị), target T9a. */
    @Column(name = "llct_advanced_trained", nullable = false)
    private boolean llctAdvancedTrained;

    /** Degree being studied for (training in progress), applied by the projection at {@code studyEnd}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "studying_for", length = 20)
    private Education studyingFor;

    @Column(name = "study_end")
    private LocalDate studyEnd;

    /** Political-theory course in progress, applied by the projection at {@code llctStudyEnd}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "llct_studying_for", length = 20)
    private PoliticalTheory llctStudyingFor;

    @Column(name = "llct_study_end")
    private LocalDate llctStudyEnd;

    /** The course of the adopted training plan that wrote {@code studyingFor}; null when entered on the record. */
    @Column(name = "study_course_id")
    private Long studyCourseId;

    /** The course of the adopted training plan that wrote {@code llctStudyingFor}; null when entered on the record. */
    @Column(name = "llct_study_course_id")
    private Long llctStudyCourseId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @OneToMany(mappedBy = "cadre")
    @OrderBy("startDate")
    private List<PositionHolding> holdings = new ArrayList<>();

    @Version
    private long version;

    protected Cadre() {
    }

    public Cadre(Commune commune, String fullName, LocalDate startDate) {
        this.commune = commune;
        this.fullName = fullName;
        this.normalizedName = normalizedName(fullName);
        this.nameKey = nameKey(normalizedName);
        this.nameKey = nameKey(normalizedName);
        this.startDate = startDate;
    }

    /**
     * The first 64 bits of the SHA-256 of a normalized name: equal for equal names, and compared exactly by every
     * database, whatever the collation of the text (two different names share a key with a chance of about 2⁻⁶⁴).
     */
    public static Long nameKey(String normalizedName) {
        if (normalizedName == null) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normalizedName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A full name as two records of one person are compared: Unicode NFC (a letter typed with combining accents
     * equals the precomposed one), lower case, every run of white space as one space, trimmed.
     */
    public static String normalizedName(String fullName) {
        if (fullName == null) {
            return null;
        }
        String nfc = java.text.Normalizer.normalize(fullName, java.text.Normalizer.Form.NFC);
        return nfc.toLowerCase(java.util.Locale.ROOT).replaceAll("(?U)\\s+", " ").strip();
    }

    /** Whether the record counts at {@code date}: started on or before it and not yet left. */
    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    public Long getId() {
        return id;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
        this.normalizedName = normalizedName(fullName);
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

    public Education getStudyingFor() {
        return studyingFor;
    }

    public LocalDate getStudyEnd() {
        return studyEnd;
    }

    /**
     * Training in progress for a degree; both null when none. A change of either forgets the plan's course that
     * wrote them: the record's own entry then stands.
     */
    public void setStudy(Education level, LocalDate end) {
        if (level != studyingFor || !java.util.Objects.equals(end, studyEnd)) {
            studyCourseId = null;
        }
        this.studyingFor = level;
        this.studyEnd = end;
    }

    /** Training in progress written by a course of the adopted training plan (null course: the record's own). */
    public void setPlannedStudy(Education level, LocalDate end, Long courseId) {
        this.studyingFor = level;
        this.studyEnd = end;
        this.studyCourseId = courseId;
    }

    public Long getStudyCourseId() {
        return studyCourseId;
    }

    public PoliticalTheory getLlctStudyingFor() {
        return llctStudyingFor;
    }

    public LocalDate getLlctStudyEnd() {
        return llctStudyEnd;
    }

    /** A political-theory course in progress; both null when none. A change forgets the plan's course. */
    public void setLlctStudy(PoliticalTheory level, LocalDate end) {
        if (level != llctStudyingFor || !java.util.Objects.equals(end, llctStudyEnd)) {
            llctStudyCourseId = null;
        }
        this.llctStudyingFor = level;
        this.llctStudyEnd = end;
    }

    /** A political-theory course written by a course of the adopted training plan. */
    public void setPlannedLlctStudy(PoliticalTheory level, LocalDate end, Long courseId) {
        this.llctStudyingFor = level;
        this.llctStudyEnd = end;
        this.llctStudyCourseId = courseId;
    }

    public Long getLlctStudyCourseId() {
        return llctStudyCourseId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    /** Records a departure; the record stays for history and stops counting from {@code date}. */
    public void leave(LocalDate date, EndReason reason) {
        this.endDate = date;
        this.endReason = reason;
    }

    public List<PositionHolding> getHoldings() {
        return holdings;
    }

    public long getVersion() {
        return version;
    }
}
