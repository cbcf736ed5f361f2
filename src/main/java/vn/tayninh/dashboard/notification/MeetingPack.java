package vn.tayninh.dashboard.notification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The meeting pack a freeze notice carries: of the province ({@code communeCode} null) or one commune, at a date. */
public record MeetingPack(@Nullable String communeCode, LocalDate asOf) {

    String fileName() {
        return "bao-cao-hop-" + (communeCode == null ? "toan-tinh" : communeCode) + "-" + asOf + ".pdf";
    }
}
