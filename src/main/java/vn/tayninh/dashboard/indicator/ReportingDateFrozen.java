package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;

/** Published inside the transaction of a freeze; those who subscribed are told once it has committed. */
public record ReportingDateFrozen(LocalDate asOf) {
}
