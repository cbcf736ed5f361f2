package vn.tayninh.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;

/** The demo data as plain values, generated in memory first and then written in bulk. */
record DemoDataset(List<CommuneData> communes, List<Course> courses) {

    /** A commune as the generator needs it. */
    record CommuneInfo(long id, String code, boolean ward, boolean border, boolean dongThapMuoi) {

        boolean hardToReach() {
            return border || dongThapMuoi;
        }
    }

    record CommuneData(CommuneInfo commune, Map<Position, Integer> approvedSeats, Map<Bloc, Integer> quotas,
                       List<Person> people) {

        CommuneData(CommuneInfo commune) {
            this(commune, new EnumMap<>(Position.class), new EnumMap<>(Bloc.class), new ArrayList<>());
        }
    }

    record Holding(Position position, LocalDate start, LocalDate end, EndReason endReason, String decisionNumber) {
    }

    record Course(String title, LocalDate start, LocalDate end, String location, boolean abroad, int participants) {
    }

    /** One cadre record with its titles, seats and ratings. */
    static final class Person {
        String fullName;
        Gender gender;
        LocalDate birthDate;
        String ethnicity;
        Education education;
        PoliticalTheory politicalTheory;
        boolean stem;
        Bloc bloc;
        boolean plannedKeyTitle;
        boolean plannedCommittee;
        boolean sourcePool;
        boolean llctAdvancedTrained;
        LocalDate startDate;
        LocalDate endDate;
        EndReason endReason;
        /** The day the record last changed, for the data-quality check of records left stale. */
        LocalDate lastChanged;
        final List<Holding> holdings = new ArrayList<>();
        final Map<Integer, Rating> ratings = new java.util.TreeMap<>();

        boolean isActive() {
            return endDate == null;
        }

        boolean holds(Position position) {
            return holdings.stream().anyMatch(h -> h.position() == position && h.end() == null);
        }

        boolean isLeader() {
            return holdings.stream().anyMatch(h -> h.position().isKeyTitle() && h.end() == null);
        }
    }
}
