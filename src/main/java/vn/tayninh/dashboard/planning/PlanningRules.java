package vn.tayninh.dashboard.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.forecast.RetirementRule;
import vn.tayninh.dashboard.position.SeatService;

/**
 * The rules of Quy định 377-QĐ/TW a planning entry must meet (docs/planning.md), checked in one place for the form,
 * the API and the import: each refusal a Vietnamese message naming the rule and the person. The numbers are
 * {@link PlanningSettings}.
 */
@Component
class PlanningRules {

    private final PlanningSettings settings;
    private final SeatService seats;
    private final PlanningEntryRepository entries;
    private final DisciplineRecordRepository disciplines;
    private final CadreService cadres;

    PlanningRules(PlanningSettings settings, SeatService seats, PlanningEntryRepository entries,
                  DisciplineRecordRepository disciplines, CadreService cadres) {
        this.cadres = cadres;
        this.settings = settings;
        this.seats = seats;
        this.entries = entries;
        this.disciplines = disciplines;
    }

    /**
     * What refuses {@code cadre} an entry of {@code kind} and {@code title} in {@code term} on {@code date}; empty
     * when the entry may be made. {@code ignored} is the entry being approved (not counted against itself), or null.
     */
    List<Problem> check(Cadre cadre, PlanningTerm term, PlanningKind kind, PlannedTitle title, LocalDate date,
                        PlanningEntry ignored) {
        List<Problem> problems = new ArrayList<>();
        String person = cadre.getFullName();
        if (!cadre.isActiveOn(date)) {
            problems.add(Problem.of("cadreId", "planning.rule.notActive", person));
            return problems;
        }
        List<PlanningEntry> open = entries.findByCadre(cadre.getId()).stream()
                .filter(e -> e.isOpen() && e.getTerm().getId().equals(term.getId()) && !e.equals(ignored))
                .toList();
        if (kind == PlanningKind.PLAN) {
            if (title == null) {
                problems.add(Problem.of("title", "planning.rule.titleRequired", person));
                return problems;
            }
            if (title.isUnknown()) {
                problems.add(Problem.of("title", "planning.rule.titleUnknown", person));
                return problems;
            }
            if (open.stream().anyMatch(e -> e.getKind() == PlanningKind.PLAN && e.getTitle() == title)) {
                problems.add(Problem.of("title", "planning.rule.twice", person, label(title), term.getCode()));
            }
            highestHeld(cadre, date).filter(held -> title.rank() <= PlannedTitle.rankOf(held.getPosition()))
                    .ifPresent(held -> problems.add(Problem.of("title", "planning.rule.notHigher", person,
                            label(title), Message.of("position." + held.getPosition().name()))));
            long titles = open.stream().filter(e -> e.getKind() == PlanningKind.PLAN && e.getTitle() != title)
                    .map(PlanningEntry::getTitle).distinct().count();
            if (titles + 1 > settings.titlesPerPerson()) {
                problems.add(Problem.of("title", "planning.rule.titlesPerPerson", person,
                        settings.titlesPerPerson(), term.getCode()));
            }
            int limit = personsLimit(cadre.getCommune().getId(), title);
            long persons = entries.findByCommuneTermTitle(cadre.getCommune().getId(), term.getId(), title).stream()
                    .filter(e -> e.isOpen() && !e.equals(ignored) && !e.getCadre().getId().equals(cadre.getId()))
                    .map(e -> e.getCadre().getId()).distinct().count();
            if (persons + 1 > limit) {
                problems.add(Problem.of("title", "planning.rule.personsPerTitle", person, label(title), limit,
                        term.getCode()));
            }
        } else {
            if (title != null) {
                problems.add(Problem.of("title", "planning.rule.sourceHasNoTitle", person));
            }
            if (open.stream().anyMatch(e -> e.getKind() == PlanningKind.SOURCE)) {
                problems.add(Problem.of("kind", "planning.rule.sourceTwice", person, term.getCode()));
            }
        }
        problems.addAll(personProblems(cadre, term, date));
        return problems;
    }

    /** The title's name in the reader's language, for a message. */
    private static Message label(PlannedTitle title) {
        return Message.of(title.labelKey());
    }

    /**
     * The rules on the person whatever the title: no discipline's waiting period running on {@code date}, the
     * retirement date on or after the term's last day.
     */
    List<Problem> personProblems(Cadre cadre, PlanningTerm term, LocalDate date) {
        List<Problem> problems = new ArrayList<>();
        String person = cadre.getFullName();
        for (DisciplineRecord discipline : disciplines.findByCadreIdOrderByDecisionDate(cadre.getId())) {
            LocalDate free = discipline.getDecisionDate().plusMonths(settings.waitingMonths(discipline.getKind()));
            if (!discipline.getDecisionDate().isAfter(date) && date.isBefore(free)) {
                problems.add(Problem.of("cadreId", "planning.rule.discipline", person,
                        Message.of("planningPage.discipline." + discipline.getKind().name()),
                        Formats.date(discipline.getDecisionDate()),
                        settings.waitingMonths(discipline.getKind()), Formats.date(free)));
            }
        }
        if (settings.retireAfterTermEnd()) {
            Optional<LocalDate> retires = RetirementRule.retirementDate(cadre.getGender(), cadre.getBirthDate());
            if (retires.isEmpty()) {
                problems.add(Problem.of("cadreId", "planning.rule.retirementUnknown", person));
            } else if (retires.get().isBefore(term.getLastDay())) {
                problems.add(Problem.of("cadreId", "planning.rule.retirement", person, Formats.date(retires.get()),
                        term.getCode(), Formats.date(term.getLastDay())));
            }
        }
        return problems;
    }

    /** At most this many persons for {@code title} in a commune and term. */
    int personsLimit(long communeId, PlannedTitle title) {
        if (title.hasSeveralSeats() && settings.perApprovedSeat()) {
            int approved = title.position().map(p -> seats.approved(communeId, p)).orElse(1);
            return settings.personsPerTitle() * Math.max(1, approved);
        }
        return settings.personsPerTitle();
    }

    /** The highest-ranked title or seat the cadre holds on {@code date}. */
    Optional<PositionHolding> highestHeld(Cadre cadre, LocalDate date) {
        return cadres.findActiveHoldings(cadre.getCommune().getId(), date).stream()
                .filter(h -> h.getCadre().getId().equals(cadre.getId()))
                .max(java.util.Comparator.comparingInt(h -> PlannedTitle.rankOf(h.getPosition())));
    }
}
