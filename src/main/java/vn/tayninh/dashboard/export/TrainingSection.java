package vn.tayninh.dashboard.export;

import java.util.List;

/**
 * Where the targets training moves land by 31/12/2030 with the training plan the pages show, as the meeting pack's
 * table and the progress report's section III write it: per target the natural projection, the projection with the
 * plan, the persons the plan adds, those still missing, and the places needed per year beyond it.
 */
public record TrainingSection(String heading, String note, List<Row> rows, List<String> sentences) {

    /** One target, every value in words ("99,4 % (8.122/8.175)", "29", "15 chỗ/năm"). */
    public record Row(String code, String name, String natural, String withPlan, String byPlan, String missing,
                      String extraPlaces) {
    }
}
