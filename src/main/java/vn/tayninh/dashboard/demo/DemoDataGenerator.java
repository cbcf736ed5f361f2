package vn.tayninh.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneData;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneInfo;
import vn.tayninh.dashboard.demo.DemoDataset.Course;
import vn.tayninh.dashboard.demo.DemoDataset.Holding;
import vn.tayninh.dashboard.demo.DemoDataset.Person;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;

/**
 * Generates deterministic demo data that reproduces, at province level, the figures of Resolution 34-NQ/TU
 * for 2026: seats filled per position, the staffing quota and the education mix. Everything else is drawn
 * around realistic values, with weaker figures in border and Đồng Tháp Mười communes.
 */
final class DemoDataGenerator {

    static final long SEED = 34_2026L;
    /** The new communes were established on this date; every demo record starts on or after it. */
    static final LocalDate MERGER_DATE = LocalDate.of(2025, 7, 1);
    /** The figures of the resolution hold from this date on (it was adopted on 02/06/2026). */
    static final LocalDate BASELINE_DATE = LocalDate.of(2026, 6, 1);

    // Province totals from the resolution.
    static final Map<Position, Integer> APPROVED = positions(96, 96, 96, 96, 96, 230, 3006, 1002);
    static final Map<Position, Integer> FILLED = positions(96, 95, 96, 96, 96, 192, 2513, 996);
    static final Map<Bloc, Integer> QUOTA = Map.of(Bloc.DANG_DOAN_THE, 3499, Bloc.NHA_NUOC, 5780);
    static final double POSTGRADUATE_SHARE = 0.15;
    static final double BELOW_UNIVERSITY_SHARE = 0.01;

    private static final int COMMUNES_WITHOUT_WOMAN_IN_BTV = 15;
    private static final int COMMUNES_WITHOUT_WOMAN_IN_KEY_PLAN = 12;

    private final Random random = new Random(SEED);

    private enum Role { LEADER, BTV, BCH, PLAN, SOURCE, STAFF }

    DemoDataset generate(List<CommuneInfo> communes) {
        int count = communes.size();
        List<CommuneData> result = communes.stream().map(CommuneData::new).toList();
        double[] size = result.stream()
                .mapToDouble(c -> (c.commune().ward() ? 1.25 : 1.0) * (0.85 + 0.3 * random.nextDouble()))
                .toArray();

        allocateSeatsAndQuotas(result, size);
        int[] bchVacancies = allocate(APPROVED.get(Position.BCH) - FILLED.get(Position.BCH),
                IntStream.range(0, count).mapToDouble(i -> (result.get(i).commune().hardToReach() ? 1.6 : 1.0)
                        * (0.5 + random.nextDouble())).toArray());
        boolean[] btvVacancy = pick(count, APPROVED.get(Position.BTV) - FILLED.get(Position.BTV));
        boolean[] viceSecretaryVacancy = pick(count, APPROVED.get(Position.PHO_BI_THU_TT) - FILLED.get(Position.PHO_BI_THU_TT));
        boolean[] noWomanInBtv = pickWeighted(result, COMMUNES_WITHOUT_WOMAN_IN_BTV);
        boolean[] noWomanInKeyPlan = pickWeighted(result, COMMUNES_WITHOUT_WOMAN_IN_KEY_PLAN);

        for (int i = 0; i < count; i++) {
            CommuneData commune = result.get(i);
            int bch = commune.approvedSeats().get(Position.BCH) - bchVacancies[i];
            int btv = commune.approvedSeats().get(Position.BTV) - (btvVacancy[i] ? 1 : 0);
            populate(commune, bch, btv, viceSecretaryVacancy[i], noWomanInBtv[i], noWomanInKeyPlan[i]);
        }
        assignEducation(result);
        new DemoQualityIssues().apply(result);
        List<Course> courses = List.of(new Course(
                "Lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ trẻ diện tạo nguồn",
                LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 21), "Trường Chính trị tỉnh Tây Ninh", false, 64));
        return new DemoDataset(result, courses);
    }

    private void allocateSeatsAndQuotas(List<CommuneData> communes, double[] size) {
        int count = communes.size();
        // The 34 extra vice-chair seats of the people's committee go to the largest communes.
        Integer[] bySize = IntStream.range(0, count).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -size[i])).toArray(Integer[]::new);
        int thirdViceChairs = APPROVED.get(Position.PCT_UBND) - 2 * count;
        int[] bch = allocate(APPROVED.get(Position.BCH), size);
        int[] btv = allocate(APPROVED.get(Position.BTV), size);
        int[] partyQuota = allocate(QUOTA.get(Bloc.DANG_DOAN_THE), size);
        int[] stateQuota = allocate(QUOTA.get(Bloc.NHA_NUOC), size);
        for (int rank = 0; rank < count; rank++) {
            int i = bySize[rank];
            Map<Position, Integer> seats = communes.get(i).approvedSeats();
            for (Position title : List.of(Position.BI_THU, Position.PHO_BI_THU_TT, Position.CT_HDND,
                    Position.PCT_HDND, Position.CT_UBND)) {
                seats.put(title, 1);
            }
            seats.put(Position.PCT_UBND, rank < thirdViceChairs ? 3 : 2);
            seats.put(Position.BCH, bch[i]);
            seats.put(Position.BTV, btv[i]);
            communes.get(i).quotas().put(Bloc.DANG_DOAN_THE, partyQuota[i]);
            communes.get(i).quotas().put(Bloc.NHA_NUOC, stateQuota[i]);
        }
    }

    /** Creates the commune's people: leaders, committee members, planning and source pools, other staff. */
    private void populate(CommuneData data, int bchFilled, int btvFilled, boolean noViceSecretary,
                          boolean noWomanInBtv, boolean noWomanInKeyPlan) {
        CommuneInfo commune = data.commune();
        int party = data.quotas().get(Bloc.DANG_DOAN_THE) - random.nextInt(4);
        int state = data.quotas().get(Bloc.NHA_NUOC) - random.nextInt(6);
        List<Person> people = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int k = 0; k < party + state; k++) {
            Person p = new Person();
            p.bloc = k < party ? Bloc.DANG_DOAN_THE : Bloc.NHA_NUOC;
            p.startDate = MERGER_DATE;
            people.add(p);
            roles.add(Role.STAFF);
        }
        // Party-bloc people fill party titles, state-bloc people the people's committee.
        int nextParty = 0;
        int nextState = party;
        Person secretary = people.get(nextParty++);
        Person viceSecretary = noViceSecretary ? null : people.get(nextParty++);
        Person councilVice = people.get(nextParty++);
        Person chair = people.get(nextState++);
        List<Person> viceChairs = List.of(people.get(nextState++), people.get(nextState++));

        hold(secretary, Position.BI_THU, "QĐ/TU");
        if (viceSecretary != null) {
            hold(viceSecretary, Position.PHO_BI_THU_TT, "QĐ/TU");
        }
        // The council chair is held concurrently by the secretary or the standing vice-secretary.
        hold(viceSecretary != null && random.nextDouble() < 0.4 ? viceSecretary : secretary,
                Position.CT_HDND, "NQ-HĐND");
        hold(councilVice, Position.PCT_HDND, "NQ-HĐND");
        hold(chair, Position.CT_UBND, "QĐ-UBND");
        viceChairs.forEach(v -> hold(v, Position.PCT_UBND, "QĐ-UBND"));

        List<Person> leaders = people.stream().filter(Person::isLeader).toList();
        leaders.forEach(l -> roles.set(people.indexOf(l), Role.LEADER));

        // Standing committee: secretary, vice-secretary, chair, council vice-chair, then party-bloc cadres.
        List<Person> btv = new ArrayList<>(List.of(secretary, chair, councilVice));
        if (viceSecretary != null) {
            btv.add(viceSecretary);
        }
        for (int k = nextParty; btv.size() < btvFilled; k++) {
            btv.add(people.get(k));
            nextParty = k + 1;
        }
        // Executive committee: the standing committee, the vice-chairs, then cadres of both blocs.
        List<Person> bch = new ArrayList<>(btv);
        bch.addAll(viceChairs);
        List<Person> rest = new ArrayList<>(people.subList(nextParty, party));
        rest.addAll(people.subList(nextState, people.size()));
        shuffle(rest);
        for (int k = 0; bch.size() < bchFilled; k++) {
            Person p = rest.get(k);
            bch.add(p);
        }
        btv.forEach(p -> hold(p, Position.BTV, "QĐ/TU"));
        bch.forEach(p -> hold(p, Position.BCH, "QĐ/TU"));
        for (Person p : bch) {
            int index = people.indexOf(p);
            if (roles.get(index) == Role.STAFF) {
                roles.set(index, btv.contains(p) ? Role.BTV : Role.BCH);
            }
        }

        // Planning pools and source pool drawn from those not yet placed.
        List<Integer> committeeOnly = indexes(roles, Role.BCH);
        List<Integer> staff = indexes(roles, Role.STAFF);
        shuffle(committeeOnly);
        shuffle(staff);
        int keyPlan = 10 + random.nextInt(5);
        int committeePlan = 22 + random.nextInt(8);
        int source = 6 + random.nextInt(5);
        List<Integer> keyPlanMembers = new ArrayList<>(committeeOnly.subList(0, Math.min(keyPlan / 2, committeeOnly.size())));
        int s = 0;
        while (keyPlanMembers.size() < keyPlan) {
            keyPlanMembers.add(staff.get(s++));
        }
        for (int k : keyPlanMembers) {
            people.get(k).plannedKeyTitle = true;
            if (roles.get(k) == Role.STAFF) {
                roles.set(k, Role.PLAN);
            }
        }
        for (int k = 0; k < committeePlan; k++) {
            int index = staff.get(s++);
            people.get(index).plannedCommittee = true;
            roles.set(index, Role.PLAN);
        }
        for (int k = 0; k < source; k++) {
            int index = staff.get(s++);
            people.get(index).sourcePool = true;
            roles.set(index, Role.SOURCE);
        }

        for (int k = 0; k < people.size(); k++) {
            describe(people.get(k), roles.get(k), commune);
        }
        enforceWoman(btv.stream().filter(p -> !p.isLeader()).toList(), btv, noWomanInBtv);
        List<Person> keyPlanPeople = keyPlanMembers.stream().map(people::get).toList();
        enforceWoman(keyPlanPeople.stream().filter(p -> !btv.contains(p)).toList(), keyPlanPeople, noWomanInKeyPlan);
        for (Person p : people) {
            p.fullName = DemoNames.fullName(random, p.gender, p.ethnicity);
        }
        people.addAll(formerCadres(commune));
        data.people().addAll(people);
    }

    /** Draws a person's attributes from distributions that depend on their role and commune. */
    private void describe(Person p, Role role, CommuneInfo commune) {
        boolean hard = commune.hardToReach();
        double femaleShare = switch (role) {
            case LEADER -> 0.10;
            case BTV -> 0.14;
            case BCH -> 0.14;
            case PLAN -> 0.27;
            case SOURCE -> 0.40;
            case STAFF -> 0.42;
        };
        p.gender = random.nextDouble() < femaleShare ? Gender.NU : Gender.NAM;
        double age = switch (role) {
            case LEADER -> 41 + 18 * random.nextDouble();
            case BTV, BCH -> 40.4 + 18.6 * random.nextDouble();
            case PLAN -> 38 + 19 * random.nextDouble();
            case SOURCE -> 27 + 14.9 * random.nextDouble();
            case STAFF -> 24 + 36 * Math.pow(random.nextDouble(), 0.8);
        };
        p.birthDate = BASELINE_DATE.minusDays(Math.round(age * 365.25));
        double minority = commune.border() ? 0.11 : commune.dongThapMuoi() ? 0.05 : 0.02;
        p.ethnicity = random.nextDouble() < minority ? minorityEthnicity(commune) : "Kinh";
        double stem = switch (role) {
            case LEADER, BTV, BCH -> 0.03;
            case PLAN -> 0.035;
            case SOURCE -> 0.08;
            case STAFF -> 0.05;
        };
        p.stem = random.nextDouble() < stem;
        p.politicalTheory = politicalTheory(p, role);
        p.llctAdvancedTrained = role == Role.SOURCE ? random.nextDouble() < (hard ? 0.25 : 0.38)
                : p.politicalTheory == PoliticalTheory.CU_NHAN_CAO_CAP;
        if (role == Role.SOURCE && p.llctAdvancedTrained && random.nextBoolean()) {
            p.politicalTheory = PoliticalTheory.CU_NHAN_CAO_CAP;
        }
        rate(p, 2025, hard ? 0.83 : 0.88);
        rate(p, 2026, hard ? 0.88 : 0.92);
        if (role != Role.LEADER && random.nextDouble() < (hard ? 0.32 : 0.22)) {
            leaveSomethingUnknown(p, role);
        }
    }

    private PoliticalTheory politicalTheory(Person p, Role role) {
        double u = random.nextDouble();
        if (role == Role.LEADER) {
            boolean topTitle = p.holds(Position.BI_THU) || p.holds(Position.PHO_BI_THU_TT) || p.holds(Position.CT_UBND);
            if (topTitle) {
                return u < 0.85 ? PoliticalTheory.CU_NHAN_CAO_CAP : PoliticalTheory.TRUNG_CAP;
            }
            return u < 0.2 ? PoliticalTheory.CU_NHAN_CAO_CAP : u < 0.85 ? PoliticalTheory.TRUNG_CAP : PoliticalTheory.SO_CAP;
        }
        double meets = switch (role) {
            case BTV -> 0.9;
            case BCH -> 0.78;
            case PLAN -> p.plannedKeyTitle ? 0.8 : 0.55;
            default -> 0.38;
        };
        if (u < meets) {
            return random.nextDouble() < 0.15 ? PoliticalTheory.CU_NHAN_CAO_CAP : PoliticalTheory.TRUNG_CAP;
        }
        return random.nextDouble() < 0.6 ? PoliticalTheory.SO_CAP : PoliticalTheory.CHUA_CO;
    }

    private void rate(Person p, int year, double wellOrBetter) {
        double u = random.nextDouble();
        Rating rating = u < 0.15 ? Rating.HTXS : u < wellOrBetter ? Rating.HTT
                : u < wellOrBetter + (1 - wellOrBetter) * 0.85 ? Rating.HT : Rating.KHT;
        p.ratings.put(year, rating);
    }

    /** Incomplete records are what target T5 (database completeness) measures. */
    private void leaveSomethingUnknown(Person p, Role role) {
        double u = random.nextDouble();
        if (u < 0.45) {
            p.ethnicity = null;
        } else if (u < 0.6) {
            p.birthDate = null;
        } else if (u < 0.85) {
            p.politicalTheory = null;
        } else if (u < 0.95 || role != Role.STAFF) {
            p.bloc = null;
        } else {
            p.gender = null;
        }
    }

    private String minorityEthnicity(CommuneInfo commune) {
        double u = random.nextDouble();
        if (commune.border()) {
            return u < 0.7 ? "Khmer" : u < 0.85 ? "Chăm" : "Hoa";
        }
        return u < 0.5 ? "Khmer" : u < 0.8 ? "Hoa" : "Chăm";
    }

    /** Makes sure the group has a woman, or has none, as the commune was drawn. */
    private void enforceWoman(List<Person> changeable, List<Person> group, boolean none) {
        if (none) {
            group.forEach(p -> p.gender = Gender.NAM);
        } else if (group.stream().noneMatch(p -> p.gender == Gender.NU) && !changeable.isEmpty()) {
            changeable.get(random.nextInt(changeable.size())).gender = Gender.NU;
        }
    }

    /** A few cadres who held a seat after the merger and left before the baseline: history, not figures. */
    private List<Person> formerCadres(CommuneInfo commune) {
        List<Person> former = new ArrayList<>();
        if (random.nextDouble() < 0.3) {
            Person p = new Person();
            p.gender = random.nextDouble() < 0.2 ? Gender.NU : Gender.NAM;
            p.birthDate = BASELINE_DATE.minusYears(58 + random.nextInt(3)).minusDays(random.nextInt(300));
            p.ethnicity = "Kinh";
            p.education = Education.DAI_HOC;
            p.politicalTheory = PoliticalTheory.TRUNG_CAP;
            p.bloc = Bloc.DANG_DOAN_THE;
            p.startDate = MERGER_DATE;
            p.endDate = LocalDate.of(2026, 1 + random.nextInt(4), 1 + random.nextInt(28));
            p.endReason = random.nextBoolean() ? EndReason.RETIREMENT : EndReason.TRANSFER;
            p.holdings.add(new Holding(Position.BCH, MERGER_DATE, p.endDate, p.endReason, decision("QĐ/TU")));
            p.ratings.put(2025, Rating.HTT);
            p.fullName = DemoNames.fullName(random, p.gender, p.ethnicity);
            former.add(p);
        }
        return former;
    }

    /** Education over the whole province: exactly 15 % postgraduate and 1 % below university, weighted by commune. */
    private void assignEducation(List<CommuneData> communes) {
        record Candidate(Person person, CommuneInfo commune) {
        }
        List<Candidate> active = communes.stream()
                .flatMap(c -> c.people().stream().filter(Person::isActive).map(p -> new Candidate(p, c.commune())))
                .toList();
        long postgraduates = Math.round(active.size() * POSTGRADUATE_SHARE);
        long belowUniversity = Math.round(active.size() * BELOW_UNIVERSITY_SHARE);
        active.forEach(c -> c.person().education = Education.DAI_HOC);

        List<Candidate> chosen = weightedSample(active, postgraduates, c -> {
            double place = c.commune().ward() ? 1.6 : c.commune().hardToReach() ? 0.55 : 1.0;
            double role = c.person().isLeader() ? 2.0 : c.person().sourcePool ? 1.3 : 1.0;
            return place * role;
        });
        chosen.forEach(c -> c.person().education = random.nextDouble() < 0.04 ? Education.TIEN_SI : Education.THAC_SI);

        List<Candidate> rest = active.stream().filter(c -> c.person().education == Education.DAI_HOC).toList();
        weightedSample(rest, belowUniversity, c -> c.person().isLeader() || c.person().sourcePool ? 0
                : c.commune().hardToReach() ? 3.0 : c.commune().ward() ? 0.4 : 1.0)
                .forEach(c -> {
                    double u = random.nextDouble();
                    c.person().education = u < 0.4 ? Education.CAO_DANG : u < 0.85 ? Education.TRUNG_CAP
                            : Education.DUOI_TRUNG_CAP;
                });
    }

    /** Weighted sampling without replacement (Efraimidis–Spirakis): the k largest of u^(1/w). */
    private <T> List<T> weightedSample(List<T> items, long k, ToDoubleFunction<T> weight) {
        record Keyed<T>(T item, double key) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            double w = weight.applyAsDouble(item);
            double u = random.nextDouble();
            keyed.add(new Keyed<>(item, w <= 0 ? Double.NEGATIVE_INFINITY : Math.log(u) / w));
        }
        keyed.sort(Comparator.comparingDouble((Keyed<T> x) -> x.key()).reversed());
        return keyed.stream().limit(k).map(Keyed::item).toList();
    }

    private void hold(Person p, Position position, String decisionSuffix) {
        // Most were appointed when the new commune was set up; some later, after consolidation.
        LocalDate start = random.nextDouble() < 0.9 ? MERGER_DATE
                : MERGER_DATE.plusDays(30 + random.nextInt(300));
        p.holdings.add(new Holding(position, start, null, null, decision(decisionSuffix)));
    }

    private String decision(String suffix) {
        return (100 + random.nextInt(2900)) + "-" + suffix;
    }

    /** Distributes {@code total} over the weights by the largest remainder, so that the parts add up exactly. */
    static int[] allocate(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k++, given++) {
            parts[order[k]]++;
        }
        return parts;
    }

    private boolean[] pick(int count, int k) {
        boolean[] chosen = new boolean[count];
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        shuffle(order);
        order.subList(0, k).forEach(i -> chosen[i] = true);
        return chosen;
    }

    /** Picks k communes, border and Đồng Tháp Mười communes three times as likely. */
    private boolean[] pickWeighted(List<CommuneData> communes, int k) {
        boolean[] chosen = new boolean[communes.size()];
        weightedSample(IntStream.range(0, communes.size()).boxed().toList(), k,
                i -> communes.get(i).commune().hardToReach() ? 3.0 : 1.0)
                .forEach(i -> chosen[i] = true);
        return chosen;
    }

    private static List<Integer> indexes(List<Role> roles, Role role) {
        return IntStream.range(0, roles.size()).filter(i -> roles.get(i) == role).boxed()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private <T> void shuffle(List<T> list) {
        java.util.Collections.shuffle(list, random);
    }

    private static Map<Position, Integer> positions(int... values) {
        Map<Position, Integer> map = new EnumMap<>(Position.class);
        Position[] all = Position.values();
        for (int i = 0; i < all.length; i++) {
            map.put(all[i], values[i]);
        }
        return Map.copyOf(map);
    }
}
