package vn.tayninh.dashboard.export;

import java.time.LocalDateTime;
import java.util.List;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Status;

/**
 * Everything a meeting pack shows, already in words and Vietnamese formats, read from the engine's
 * {@link Overview}: the cover, the target table, the key charts, the communes needing attention and the requests for
 * explanation of the period, and where the targets land with the training plan ({@code training}; null for frozen
 * figures, after 2030 or without a plan).
 */
public record MeetingPack(ReportRequest request, String scopeText, String asOfText, String ratingYearText,
                          LocalDateTime generatedAt, Overview overview, List<TargetRow> targets,
                          List<ReportChart> charts, List<AttentionRow> attention, String attentionNote,
                          List<ExplanationRow> explanations, TrainingSection training) {

    /** One line of the target table: Chỉ tiêu | Đối tượng | Mốc 2026 | Mục tiêu | Kết quả x/n (%) | Trạng thái | Còn thiếu. */
    public record TargetRow(String code, String name, String population, String baseline, String baselineChange,
                            String goal, String result, Status status, String statusText, String gap) {
    }

    /**
     * One request for explanation of the period: commune, target, reporting and due dates, state in words (with
     * "quá hạn"), what was asked and the commune's answer ("" while there is none).
     */
    public record ExplanationRow(String commune, String target, String asOf, String dueDate, String state,
                                 String request, String answer) {
    }

    /** One commune needing attention, with its rank among those of the scope and its reasons in words. */
    public record AttentionRow(int rank, String commune, int score, List<String> reasons) {
    }
}
