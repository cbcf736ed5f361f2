package vn.tayninh.dashboard.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneData;
import vn.tayninh.dashboard.demo.DemoDataset.Holding;
import vn.tayninh.dashboard.demo.DemoDataset.Person;
import vn.tayninh.dashboard.position.Position;

/**
 * The demo's planning (docs/planning.md): the generator draws who is in each commune's planning and source pools
 * ({@link Person#plannedKeyTitle}, {@link Person#plannedCommittee}, {@link Person#sourcePool}), and this turns them
 * into entries of the term 2030–2035 with titles, decisions and a history, so that the pools on 01/06/2026 (the
 * frozen baseline) and today are exactly the persons drawn — the resolution's T4, T7 and T9 figures.
 *
 * <ul>
 *   <li>Every person drawn gets approved entries taking effect between the merger (01/07/2025) and the baseline,
 *       some in 2025, some in 2026; a key-title one a key title (every fourth a second, every ninth a third), a
 *       committee one {@code BCH} or {@code BTV}, within three persons per title (per approved seat where there are
 *       several).</li>
 *   <li>History that counts neither at the baseline nor today: staff outside the pools planned in 2025 and taken
 *       out before the baseline, for each reason (with a discipline record for the one disciplined); the
 *       cadres who left before the baseline, taken out when they left; vice-chairs and standing-committee members
 *       planned for the title before the merger and appointed to it at the merger (term 2025–2030).</li>
 *   <li>Proposals awaiting the board (source pool, a third of the communes) and proposals sent back (every seventh
 *       commune): never counted.</li>
 * </ul>
 * Its own random numbers, so the generator's draws stay as they are.
 */
final class DemoPlanning {

    private static final LocalDate MERGER = DemoDataGenerator.MERGER_DATE;
    private static final LocalDate BASELINE = DemoDataGenerator.BASELINE_DATE;
    private static final String BODY = "Ban Thường vụ Tỉnh ủy";
    private static final List<String> KEY_TITLES = List.of("PCT_UBND", "PCT_HDND", "CT_UBND", "CT_HDND",
            "PHO_BI_THU_TT", "BI_THU");
    /** Reasons of the entries taken out before the baseline from staff outside the pools, in turn. */
    private static final List<String> STAFF_EXITS = List.of("DISCIPLINE", "NOT_COMPLETED", "STANDARD_NOT_MET",
            "OWN_REQUEST", "OTHER", "RETIREMENT");

    private final Random random = new Random(377);
    private final List<Object[]> entries = new ArrayList<>();
    private final List<Object[]> disciplines = new ArrayList<>();
    private int decisionNumber = 100;

    private DemoPlanning() {
    }

    /** The rows of {@link #ENTRY_SQL} and {@link #DISCIPLINE_SQL}. */
    record Rows(List<Object[]> entries, List<Object[]> disciplines) {
    }

    static final String ENTRY_SQL = """
            INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state, proposed_by, proposed_at,
              proposal_note, return_reason, decision_number, decision_date, decision_body, effective_date,
              approved_by, end_date, end_reason, end_note, end_decision_number, end_decision_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String DISCIPLINE_SQL =
            "INSERT INTO discipline_record (cadre_id, kind, decision_date, decision_number) VALUES (?, ?, ?, ?)";

    /** The entries and discipline records of {@code people}, whose cadre ids are {@code ids} in the same order. */
    static Rows rows(JdbcTemplate jdbc, List<CommuneData> communes, List<Person> people, List<Long> ids) {
        Long current = jdbc.queryForObject("SELECT id FROM planning_term WHERE code = '2025-2030'", Long.class);
        Long next = jdbc.queryForObject("SELECT id FROM planning_term WHERE code = '2030-2035'", Long.class);
        DemoPlanning planning = new DemoPlanning();
        Map<Person, Long> idOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            idOf.put(people.get(i), ids.get(i));
        }
        int communeIndex = 0;
        for (CommuneData commune : communes) {
            planning.commune(commune, communeIndex++, idOf, current, next);
        }
        return new Rows(planning.entries, planning.disciplines);
    }

    private void commune(CommuneData data, int index, Map<Person, Long> idOf, long current, long next) {
        long communeId = data.commune().id();
        String editor = data.commune().code();
        Map<String, Integer> used = new java.util.HashMap<>();
        Map<String, Integer> limit = new java.util.HashMap<>();
        for (String title : KEY_TITLES) {
            limit.put(title, 3);
        }
        limit.put("PCT_UBND", 3 * Math.max(1, data.approvedSeats().getOrDefault(Position.PCT_UBND, 1)));
        limit.put("BTV", 3 * Math.max(1, data.approvedSeats().getOrDefault(Position.BTV, 1)));
        limit.put("BCH", 3 * Math.max(1, data.approvedSeats().getOrDefault(Position.BCH, 1)));

        int keyPerson = 0;
        int committeePerson = 0;
        List<Person> outside = new ArrayList<>();
        for (Person p : data.people()) {
            long cadreId = idOf.get(p);
            if (p.plannedKeyTitle) {
                int titles = keyPerson % 9 == 4 ? 3 : keyPerson % 4 == 1 ? 2 : 1;
                List<String> chosen = new ArrayList<>();
                for (int k = 0; k < KEY_TITLES.size() && chosen.size() < titles; k++) {
                    String title = KEY_TITLES.get((keyPerson + k) % KEY_TITLES.size());
                    if (used.getOrDefault(title, 0) < limit.get(title)) {
                        chosen.add(title);
                        used.merge(title, 1, Integer::sum);
                    }
                }
                if (chosen.isEmpty()) {
                    chosen.add("KEY_UNKNOWN"); // never reached with the demo's pool sizes; counted all the same
                }
                LocalDate effective = effectiveDate(p);
                for (String title : chosen) {
                    approved(cadreId, communeId, next, "PLAN", title, editor, effective, null, null, null);
                }
                keyPerson++;
            }
            if (p.plannedCommittee) {
                String title = committeePerson % 4 == 0 && used.getOrDefault("BTV", 0) < limit.get("BTV") ? "BTV" : "BCH";
                used.merge(title, 1, Integer::sum);
                approved(cadreId, communeId, next, "PLAN", title, editor, effectiveDate(p), null, null, null);
                committeePerson++;
            }
            if (p.sourcePool) {
                approved(cadreId, communeId, next, "SOURCE", null, editor, effectiveDate(p), null, null, null);
            }
            if (!p.plannedKeyTitle && !p.plannedCommittee && !p.sourcePool) {
                if (p.isActive() && p.holdings.isEmpty()) {
                    outside.add(p);
                } else if (!p.isActive() && p.endDate.isBefore(BASELINE)) {
                    // left before the baseline: planned after the merger, taken out when they left
                    String reason = p.endReason == EndReason.RETIREMENT ? "RETIREMENT" : "LEFT";
                    approved(cadreId, communeId, next, "PLAN", "PCT_HDND", editor,
                            MERGER.plusDays(30 + random.nextInt(60)), p.endDate, reason, null);
                }
            }
            appointedAtMerger(p, cadreId, communeId, current, editor);
        }

        // staff outside the pools, planned in 2025 and taken out before the baseline, one reason after another
        int exits = 1 + index % 2;
        for (int k = 0; k < exits && k < outside.size(); k++) {
            Person p = outside.get(k);
            String reason = STAFF_EXITS.get((index * 2 + k) % STAFF_EXITS.size());
            LocalDate start = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(120));
            LocalDate end = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(140));
            String note = reason.equals("OTHER") ? "Chuyển công tác sang cơ quan khối tỉnh theo nguyện vọng" : null;
            approved(idOf.get(p), communeId, next, "PLAN", "BCH", editor, start, end, reason, note);
            if (reason.equals("DISCIPLINE")) {
                disciplines.add(new Object[] {idOf.get(p), "KHIEN_TRACH", Date.valueOf(end.minusDays(12)),
                        (decisionNumber++) + "-QĐ/UBKTTU"});
            }
        }
        // proposals awaiting the board and proposals sent back: counted nowhere
        if (outside.size() > exits && index % 3 == 0) {
            proposal(idOf.get(outside.get(exits)), communeId, next, editor, null);
        }
        if (outside.size() > exits + 1 && index % 7 == 0) {
            proposal(idOf.get(outside.get(exits + 1)), communeId, next, editor,
                    "Chưa đủ hồ sơ: bổ sung bản nhận xét, đánh giá của chi bộ nơi công tác");
        }
    }

    /** Vice-chairs and standing-committee members outside the key titles: planned for their title, appointed at the merger. */
    private void appointedAtMerger(Person p, long cadreId, long communeId, long current, String editor) {
        for (Holding h : p.holdings) {
            boolean viceChair = h.position() == Position.PCT_UBND;
            boolean standing = h.position() == Position.BTV && !p.isLeader();
            if ((viceChair || standing) && h.start().equals(MERGER)) {
                approved(cadreId, communeId, current, "PLAN", h.position().name(), editor,
                        MERGER.minusMonths(4).plusDays(random.nextInt(40)), MERGER, "APPOINTED", null);
            }
        }
    }

    /** A day between the merger and the baseline, in 2025 for most and in 2026 for about a third; not before the record. */
    private LocalDate effectiveDate(Person p) {
        LocalDate date = random.nextInt(3) == 0
                ? LocalDate.of(2026, 1, 6).plusDays(random.nextInt(140))
                : MERGER.plusDays(20 + random.nextInt(160));
        return date.isBefore(p.startDate) ? p.startDate : date;
    }

    private void approved(long cadreId, long communeId, long term, String kind, String title, String editor,
                          LocalDate effective, LocalDate end, String endReason, String endNote) {
        String number = (decisionNumber++) + "-QĐ/TU";
        entries.add(new Object[] {cadreId, communeId, term, kind, title, "APPROVED", editor,
                Timestamp.valueOf(effective.minusDays(21).atTime(9, 30)), null, null, number, Date.valueOf(effective),
                BODY, Date.valueOf(effective), "bantochuc", end == null ? null : Date.valueOf(end), endReason, endNote,
                end == null ? null : (decisionNumber++) + "-QĐ/TU", end == null ? null : Date.valueOf(end)});
    }

    private void proposal(long cadreId, long communeId, long term, String editor, String returnReason) {
        entries.add(new Object[] {cadreId, communeId, term, "SOURCE", null, returnReason == null ? "PROPOSED" : "RETURNED",
                editor, Timestamp.valueOf(LocalDate.of(2026, 11, 16).atTime(14, 0)),
                "Cán bộ trẻ, tốt nghiệp đại học, đề nghị đưa vào diện tạo nguồn", returnReason, null, null, null, null,
                null, null, null, null, null, null});
    }
}
