package vn.tayninh.dashboard.quality;

import java.util.List;

/** One page of a work list, with the number of records in all. */
public record WorkList(List<QualityRecord> records, long total, int page, int size) {
}
