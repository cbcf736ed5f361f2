package vn.tayninh.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneData;
import vn.tayninh.dashboard.demo.DemoDataset.Person;
import vn.tayninh.dashboard.position.Position;

/**
 * Gives the demo data the flaws the data-quality pages look for (docs/data-quality.md): the same person entered by
 * two communes (once with the name typed in capitals, once with doubled spaces), implausible ages and start dates,
 * and records nobody touched since the merger. Only cadres outside every counted pool (no plan, no source pool, no
 * committee seat, no key title) are changed, and only in name and birth date, so that every target's figures stay
 * those of the resolution. Its own random sequence leaves the rest of the generation as it was.
 */
final class DemoQualityIssues {

    static final int DUPLICATE_PAIRS = 5;
    /** Every record was last reviewed within this many days after the baseline date, unless left stale. */
    private static final int REVIEW_DAYS = 150;
    /** About one record in this many was never touched after it was entered at the merger. */
    private static final int STALE_ONE_IN = 60;

    private final Random random = new Random(DemoDataGenerator.SEED + 18);
    private final Set<Person> used = new HashSet<>();

    void apply(List<CommuneData> communes) {
        for (CommuneData commune : communes) {
            for (Person p : commune.people()) {
                p.lastChanged = random.nextInt(STALE_ONE_IN) == 0 ? p.startDate
                        : DemoDataGenerator.BASELINE_DATE.plusDays(random.nextInt(REVIEW_DAYS));
            }
        }
        for (int k = 0; k < DUPLICATE_PAIRS; k++) {
            int first = random.nextInt(communes.size());
            int second = (first + 1 + random.nextInt(communes.size() - 1)) % communes.size();
            Person original = pick(communes.get(first), null);
            Person copy = pick(communes.get(second), original);
            copy.fullName = switch (k) {
                case 1 -> original.fullName.toUpperCase(Locale.ROOT);
                case 2 -> original.fullName.replace(" ", "  ");
                default -> original.fullName;
            };
            copy.birthDate = original.birthDate;
        }
        // over 65
        for (LocalDate birth : List.of(LocalDate.of(1958, 3, 12), LocalDate.of(1957, 10, 2), LocalDate.of(1959, 1, 20))) {
            pick(communes, false).birthDate = birth;
        }
        // started at 17, now an adult
        for (int k = 0; k < 2; k++) {
            Person p = pick(communes, false);
            p.birthDate = p.startDate.minusYears(18).plusDays(30 + k);
        }
        // a master's degree at 21
        for (int k = 0; k < 2; k++) {
            pick(communes, true).birthDate = LocalDate.of(2005, 2, 14 + k);
        }
        // a master's degree at 21, never touched since it was entered: two problems on one record. Every flaw stays
        // within what data entry and the import accept (ages 18 to 70), so an exported roster imports again.
        Person young = pick(communes, true);
        young.birthDate = LocalDate.of(2005, 4, 20);
        young.lastChanged = young.startDate;
    }

    private Person pick(List<CommuneData> communes, boolean postgraduate) {
        while (true) {
            CommuneData commune = communes.get(random.nextInt(communes.size()));
            List<Person> candidates = candidates(commune, null).stream()
                    .filter(p -> !postgraduate || p.education == Education.THAC_SI).toList();
            if (!candidates.isEmpty()) {
                return take(candidates);
            }
        }
    }

    /** A cadre of the commune that no target counts by age, of the same gender as {@code like} when given. */
    private Person pick(CommuneData commune, Person like) {
        return take(candidates(commune, like));
    }

    private Person take(List<Person> candidates) {
        Person person = candidates.get(random.nextInt(candidates.size()));
        used.add(person);
        return person;
    }

    private List<Person> candidates(CommuneData commune, Person like) {
        List<Person> result = new ArrayList<>();
        for (Person p : commune.people()) {
            if (p.isActive() && p.birthDate != null && !used.contains(p) && !p.plannedKeyTitle && !p.plannedCommittee
                    && !p.sourcePool && !p.isLeader() && !p.holds(Position.BCH) && !p.holds(Position.BTV)
                    && (like == null || p.gender == like.gender)) {
                result.add(p);
            }
        }
        return result;
    }
}
