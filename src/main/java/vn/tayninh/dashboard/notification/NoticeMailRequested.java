package vn.tayninh.dashboard.notification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to send: to whom, what it says, who may still receive it, and the meeting pack it carries, if any. It is
 * kept in the database with the in-app notice (the event publication registry) until the SMTP server has taken it.
 */
public record NoticeMailRequested(long userId, NoticeText text, Audience audience, @Nullable MeetingPack pack) {

    /** The meeting pack of a frozen reporting date, for the province ({@code communeCode} null) or one commune. */
    public record MeetingPack(@Nullable String communeCode, LocalDate asOf) {

        String fileName() {
            return "bao-cao-hop-" + (communeCode == null ? "toan-tinh" : communeCode) + "-" + asOf + ".pdf";
        }
    }
}
