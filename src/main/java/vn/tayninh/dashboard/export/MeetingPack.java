package vn.tayninh.dashboard.export;

import java.time.LocalDateTime;
import java.util.List;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Status;

/**
 * Everything a meeting pack shows, already in words and Vietnamese formats, read from the engine's
 * {@link Overview}: the cover, the target table, the key charts and the communes needing attention.
 */
public record MeetingPack(ReportRequest request, String scopeText, String asOfText, String ratingYearText,
                          LocalDateTime generatedAt, Overview overview, List<TargetRow> targets,
                          List<ReportChart> charts, List<AttentionRow> attention, String attentionNote) {

    /** One line of the target table: Chỉ tiêu | Đối tượng | Mốc 2026 | Mục tiêu | Kết quả x/n (%) | Trạng thái | Còn thiếu. */
    public record TargetRow(String code, String name, String population, String baseline, String baselineChange,
                            String goal, String result, Status status, String statusText, String gap) {
    }

    /** One commune needing attention, with its rank among those of the scope and its reasons in words. */
    public record AttentionRow(int rank, String commune, int score, List<String> reasons) {
    }
}
