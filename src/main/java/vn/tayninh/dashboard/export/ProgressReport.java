package vn.tayninh.dashboard.export;

import java.time.LocalDate;
import java.util.List;
import vn.tayninh.dashboard.indicator.TargetResult;

/**
 * The progress report draft on Resolution 34-NQ/TU, as content: the heading block, the sentences of sections I to
 * IV and the annex tables, already in Vietnamese words and formats, written from the engine's figures. The layout
 * ({@link ProgressReportDocx}) only places them, so a test can read every sentence here and find it again in the file.
 *
 * @param compareTo the earlier reporting date the changes are measured from; null when they are measured from the
 *                  2026 baseline of the resolution (no earlier frozen date)
 */
public record ProgressReport(ReportRequest request, LocalDate compareTo, Heading heading, Results results,
                             Limitations limitations, Directions directions, String proposalsPrompt, Annex annex) {

    /** The heading block of a document of the provincial organization board, and the title with the period. */
    public record Heading(String issuingBody, String issuingUnit, String number, String party, String placeAndDate,
                          String title, String subject, String period, String scope, String asOf) {
    }

    /**
     * One target in words, with the figures the words were written from.
     *
     * @param changePoints the change since the earlier date (or the baseline) in percentage points; for T9d the change
     *                     in courses; null when either side has no value
     */
    public record TargetSentence(String code, TargetResult result, Double changePoints, String text) {
    }

    /**
     * Section I: one sentence per target, the summary sentence ("x/19 chỉ tiêu đạt và vượt, …"), the seats of the
     * titles and the annual rating.
     *
     * @param total the targets reported (19 for an area, 18 for a commune: T9d is the province's), the denominator of
     *              the summary
     */
    public record Results(List<TargetSentence> targets, int met, int onTrack, int behind, int total, String summary,
                          List<String> vacancies, List<String> ratings) {
    }

    /**
     * Section II, written from the data: the targets behind their path or missed, the communes needing attention (the
     * ranking of the Cần chú ý page), data completeness, and the causes communes gave for lagging targets.
     *
     * @param causes causes quoted from communes' explanations the board accepted, for requests at reporting dates of
     *               the report's period
     */
    public record Limitations(List<TargetSentence> behind, String behindNote, String attentionNote,
                              List<String> attention, String completeness, List<QuotedCause> causes) {
    }

    /** A commune's cause for a lagging target, as it wrote it, once the board accepted it. */
    public record QuotedCause(String commune, String targetCode, String cause) {
    }

    /**
     * Section III: for each target not met, what is needed per remaining year; and where the targets training moves
     * land with the training plan ({@code training}, null for frozen figures, after 2030 or without a plan).
     */
    public record Directions(List<Direction> targets, String note, TrainingSection training) {
    }

    /**
     * What one target still needs: {@code gap} persons (communes, courses) over {@code yearsLeft} years, so
     * {@code perYear} = ⌈gap / yearsLeft⌉ a year (for an annual target, {@code yearsLeft} is 1: the gap of its year).
     */
    public record Direction(String code, long gap, int yearsLeft, long perYear, String text) {
    }

    /** The annex: the target table as in the meeting pack, and one row per commune with its key figures. */
    public record Annex(List<MeetingPack.TargetRow> targets, List<String> communeHeader, List<List<String>> communes) {
    }

    /** Every sentence of sections I to III in reading order: what a reader of the file must find again. */
    public List<String> sentences() {
        List<String> all = new java.util.ArrayList<>();
        results.targets().forEach(t -> all.add(t.text()));
        all.add(results.summary());
        all.addAll(results.vacancies());
        all.addAll(results.ratings());
        all.add(limitations.behindNote());
        limitations.behind().forEach(t -> all.add(t.text()));
        all.add(limitations.attentionNote());
        all.addAll(limitations.attention());
        all.add(limitations.completeness());
        directions.targets().forEach(d -> all.add(d.text()));
        if (directions.note() != null) {
            all.add(directions.note());
        }
        if (directions.training() != null) {
            all.add(directions.training().heading());
            all.addAll(directions.training().sentences());
        }
        return all;
    }
}
