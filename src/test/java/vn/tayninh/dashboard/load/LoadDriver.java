package vn.tayninh.dashboard.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated people against a running application, each a virtual thread with its own think times:
 * <ul>
 * <li><b>readers</b> (board and leaders) sign in through the login form and open the dashboard or a commune's page
 * as a browser does (a real Vaadin UI in their session, closed when they move on), and read the indicators and
 * positions API;</li>
 * <li><b>editors</b>, each on their own commune with its editor account: add a cadre, change the profile at the
 * version they read, enter and correct ratings, appoint to a party-committee seat and end it, record a departure;
 * </li>
 * <li><b>quota editors</b> (board) changing the staffing quotas of a few communes by one, all on the same few rows:
 * read the value and version, write quota + 1 (quota - 1 once a row is 100 above its value at the start, so that
 * it stays a valid quota however long the run), and on a 409 read again and retry;</li>
 * <li><b>exporters</b> (leaders) taking the meeting pack PDF and, now and then, the statistics table.</li>
 * </ul>
 * Afterwards {@link #verify()} reads everything back: each quota must have changed by exactly the sum of the
 * changes acknowledged, and every cadre an editor touched must hold exactly what was acknowledged last (version, name,
 * titles, ratings, departure).
 */
public final class LoadDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] BLOCS = {"DANG_DOAN_THE", "NHA_NUOC"};
    private static final String[] RATINGS = {"HTXS", "HTT", "HT"};
    /** Appointments start on dates far enough in the past to be ended the next day, never twice on one date. */
    private static final LocalDate FIRST_APPOINTMENT = LocalDate.of(2021, 1, 4);
    private static final LocalDate DEPARTURE = LocalDate.of(2026, 1, 2);
    /** How far above its value at the start a quota row is raised before it is lowered again. */
    private static final int QUOTA_SWING = 100;

    public record Plan(int users, Duration duration, Duration rampUp, int quotaCommunes, Duration exportEvery) {

        public int exporters() {
            return Math.max(1, users / 50);
        }

        public int editors() {
            return Math.min(90, users * 3 / 10);
        }

        public int quotaEditors() {
            return Math.max(2, users * 15 / 100);
        }

        public int readers() {
            return users - exporters() - editors() - quotaEditors();
        }
    }

    private final Plan plan;
    private final Http http;
    private final Recorder recorder = new Recorder();
    private final List<String> communes;
    /** Per quota row, the sum of the acknowledged changes (+1 or -1 each). */
    private final Map<String, AtomicLong> acknowledgedNetChange = new ConcurrentHashMap<>();
    private final AtomicLong acknowledgedQuotaChanges = new AtomicLong();
    private final Map<String, Integer> initialQuotas = new LinkedHashMap<>();
    private final List<Expected> expectedCadres = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong acknowledgedEdits = new AtomicLong();
    private final AtomicLong pagesOpen = new AtomicLong();
    private final AtomicLong uiExportsMade = new AtomicLong();
    private final AtomicLong uiExportsRefused = new AtomicLong();
    private int uiExporters;
    /** Whether the commune editors and quota editors run (false: the phase without writers). */
    private boolean writers = true;
    private long deadline;
    private double seconds;

    public LoadDriver(String baseUrl, Plan plan) {
        this(baseUrl, plan, Http.DEMO_PASSWORD);
    }

    /** The same people with accounts of another password (the demo's user names, created by hand in production). */
    public LoadDriver(String baseUrl, Plan plan, String password) {
        this.plan = plan;
        this.http = new Http(baseUrl, recorder, password);
        JsonNode list = JSON.readTree(http.expect("setup", http.api("bantochuc", "/api/v1/communes").GET().build(), 200)
                .orElseThrow(() -> new IllegalStateException("cannot list the communes: " + recorder.firstErrors())));
        List<String> codes = new ArrayList<>();
        list.forEach(node -> codes.add(node.get("code").asString()));
        this.communes = List.copyOf(codes);
    }

    /** Runs every simulated user until the plan's duration is over, then waits for them to finish. */
    public void run() throws InterruptedException {
        for (String row : quotaRows()) {
            initialQuotas.put(row, quota(row));
            acknowledgedNetChange.put(row, new AtomicLong());
        }
        long started = System.nanoTime();
        deadline = started + plan.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < plan.readers(); i++, index++) {
            threads.add(start(index, i % 3 == 0 ? this::boardReader : this::leaderReader, i));
        }
        for (int i = 0; writers && i < plan.editors(); i++, index++) {
            threads.add(start(index, this::editor, i));
        }
        for (int i = 0; writers && i < plan.quotaEditors(); i++, index++) {
            threads.add(start(index, this::quotaEditor, i));
        }
        for (int i = 0; i < plan.exporters(); i++, index++) {
            threads.add(start(index, this::exporter, i));
        }
        for (int i = 0; i < uiExporters; i++, index++) {
            threads.add(start(index, this::uiExporter, i));
        }
        for (Thread thread : threads) {
            thread.join(plan.duration().plus(plan.rampUp()).plusMinutes(3).toMillis());
            if (thread.isAlive()) {
                recorder.error("driver", thread.getName() + " still running after the run");
            }
        }
        seconds = (System.nanoTime() - started) / 1e9;
    }

    private interface User {
        void run(Random random, int number) throws Exception;
    }

    private Thread start(int index, User user, int number) {
        long delay = plan.rampUp().toMillis() * index / Math.max(1, plan.users());
        return Thread.ofVirtual().name("user-" + index).start(() -> {
            Random random = new Random(1000L + index);
            try {
                Thread.sleep(delay);
                user.run(random, number);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                recorder.error("driver", "user " + index + ": " + e);
            }
        });
    }

    private boolean running() {
        return System.nanoTime() < deadline;
    }

    private static void think(Random random, long minMillis, long maxMillis) throws InterruptedException {
        Thread.sleep(minMillis + (long) (random.nextDouble() * (maxMillis - minMillis)));
    }

    // --- readers -------------------------------------------------------------------------------------

    private void boardReader(Random random, int number) throws Exception {
        read(random, "bantochuc");
    }

    private void leaderReader(Random random, int number) throws Exception {
        read(random, "lanhdao");
    }

    private void read(Random random, String user) throws Exception {
        Http.Browser browser = http.new Browser();
        if (!browser.signIn(user)) {
            return;
        }
        VaadinPage open = null;
        while (running()) {
            String commune = communes.get(random.nextInt(communes.size()));
            int choice = random.nextInt(10);
            if (choice < 5) {
                String route = choice < 2 ? "" : "xa-phuong/" + commune;
                Optional<VaadinPage> page = VaadinPage.open(http, browser, recorder, route);
                if (open != null) {
                    open.close();
                    pagesOpen.decrementAndGet();
                }
                open = page.orElse(null);
                if (open != null) {
                    pagesOpen.incrementAndGet();
                }
            } else if (choice < 7) {
                http.expect("api.indicators", http.api(user, "/api/v1/indicators").GET().build(), 200);
            } else if (choice < 9) {
                http.expect("api.indicators", http.api(user, "/api/v1/indicators?commune=" + commune).GET().build(), 200);
            } else {
                http.expect("api.positions", http.api(user, "/api/v1/positions?commune=" + commune).GET().build(), 200);
            }
            think(random, 5_000, 15_000);
        }
        if (open != null) {
            open.close();
            pagesOpen.decrementAndGet();
        }
    }

    // --- editors -------------------------------------------------------------------------------------

    /** What the application must hold for a cadre after the run: the effect of every acknowledged change. */
    static final class Expected {
        final String commune;
        final long id;
        long version;
        String fullName;
        int holdings;
        /** Titles whose appointment was acknowledged but whose end was not: they must still run. */
        int running;
        final Map<Integer, String> ratings = new LinkedHashMap<>();
        final Map<Integer, long[]> ratingIds = new LinkedHashMap<>();
        boolean departed;

        Expected(String commune, long id, String fullName) {
            this.commune = commune;
            this.id = id;
            this.fullName = fullName;
        }
    }

    private void editor(Random random, int number) throws Exception {
        String commune = communes.get(number);
        String user = commune;
        int appointment = 0;
        int cadreNumber = 0;
        Expected cadre = null;
        int steps = 0;
        while (running()) {
            if (cadre == null || cadre.departed) {
                cadre = createCadre(user, commune, number, ++cadreNumber);
                steps = 0;
            } else {
                int choice = random.nextInt(10);
                if (steps >= 20 && choice == 0) {
                    depart(user, cadre);
                } else if (choice < 5) {
                    updateProfile(user, cadre, steps);
                } else if (choice < 8) {
                    rate(user, cadre, random);
                } else {
                    appointAndEnd(user, cadre, appointment++, number);
                }
                steps++;
            }
            think(random, 1_000, 3_000);
        }
    }

    private String form(String fullName) {
        return """
                {"fullName":"%s","gender":"NU","birthDate":"1990-05-01","ethnicity":"Kinh","education":"DAI_HOC",\
                "politicalTheory":"TRUNG_CAP","bloc":"NHA_NUOC","stem":true,"startDate":"2020-01-01"}""".formatted(fullName);
    }

    private Expected createCadre(String user, String commune, int editor, int number) {
        String name = "Tải Thử " + editor + " Số " + number;
        Optional<String> saved = http.expect("edit.create",
                http.api(user, "/api/v1/communes/" + commune + "/cadres").header("Content-Type", "application/json")
                        .POST(Http.json(form(name))).build(), 201);
        if (saved.isEmpty()) {
            return null;
        }
        acknowledgedEdits.incrementAndGet();
        Expected expected = new Expected(commune, JSON.readTree(saved.get()).get("id").asLong(), name);
        expectedCadres.add(expected);
        return expected;
    }

    private void updateProfile(String user, Expected cadre, int step) {
        Optional<String> read = http.expect("edit.read", http.api(user, "/api/v1/cadres/" + cadre.id).GET().build(), 200);
        if (read.isEmpty()) {
            return;
        }
        long version = JSON.readTree(read.get()).get("version").asLong();
        String name = cadre.fullName.replaceAll(" Lần \\d+$", "") + " Lần " + (step + 1);
        Optional<String> saved = http.expect("edit.profile",
                http.api(user, "/api/v1/cadres/" + cadre.id + "?version=" + version)
                        .header("Content-Type", "application/json").PUT(Http.json(form(name))).build(), 200);
        if (saved.isPresent()) {
            acknowledgedEdits.incrementAndGet();
            cadre.version = JSON.readTree(saved.get()).get("version").asLong();
            cadre.fullName = name;
        }
    }

    private void rate(String user, Expected cadre, Random random) {
        int year = 2020 + random.nextInt(6);
        String rating = RATINGS[random.nextInt(RATINGS.length)];
        long[] existing = cadre.ratingIds.get(year);
        if (existing == null) {
            Optional<String> saved = http.expect("edit.rating",
                    http.api(user, "/api/v1/cadres/" + cadre.id + "/ratings").header("Content-Type", "application/json")
                            .POST(Http.json("{\"year\":%d,\"rating\":\"%s\"}".formatted(year, rating))).build(), 201);
            saved.ifPresent(body -> {
                JsonNode json = JSON.readTree(body);
                cadre.ratingIds.put(year, new long[] {json.get("id").asLong(), json.get("version").asLong()});
                cadre.ratings.put(year, rating);
                acknowledgedEdits.incrementAndGet();
            });
        } else {
            Optional<String> saved = http.expect("edit.rating",
                    http.api(user, "/api/v1/ratings/" + existing[0]).header("Content-Type", "application/json")
                            .PUT(Http.json("{\"version\":%d,\"rating\":\"%s\"}".formatted(existing[1], rating))).build(),
                    200);
            if (saved.isPresent()) {
                if (!rating.equals(cadre.ratings.get(year))) {
                    existing[1]++; // an unchanged rating is not written, and keeps its version
                }
                cadre.ratings.put(year, rating);
                acknowledgedEdits.incrementAndGet();
            }
        }
    }

    /** Appoints to a party-committee seat on a past date and ends it the next day. */
    private void appointAndEnd(String user, Expected cadre, int appointment, int editor) {
        LocalDate start = FIRST_APPOINTMENT.plusDays(2L * appointment);
        Optional<String> saved = http.expect("edit.appoint",
                http.api(user, "/api/v1/cadres/" + cadre.id + "/appointments").header("Content-Type", "application/json")
                        .POST(Http.json("{\"position\":\"BCH\",\"startDate\":\"%s\",\"decisionNumber\":\"%d/QĐ-TT\"}"
                                .formatted(start, appointment + 1))).build(), 201);
        if (saved.isEmpty()) {
            return;
        }
        cadre.holdings++;
        acknowledgedEdits.incrementAndGet();
        JsonNode holding = JSON.readTree(saved.get());
        Optional<String> ended = http.expect("edit.endTitle",
                http.api(user, "/api/v1/holdings/" + holding.get("id").asLong() + "/end")
                        .header("Content-Type", "application/json")
                        .POST(Http.json("{\"endDate\":\"%s\",\"reason\":\"TRANSFER\",\"version\":%d}"
                                .formatted(start.plusDays(1), holding.get("version").asLong()))).build(), 200);
        if (ended.isPresent()) {
            acknowledgedEdits.incrementAndGet();
        } else {
            cadre.running++; // the end was not acknowledged: the title must still run
        }
    }

    private void depart(String user, Expected cadre) {
        Optional<String> saved = http.expect("edit.departure",
                http.api(user, "/api/v1/cadres/" + cadre.id + "/departure").header("Content-Type", "application/json")
                        .POST(Http.json("{\"endDate\":\"%s\",\"reason\":\"RETIREMENT\",\"version\":%d}"
                                .formatted(DEPARTURE, cadre.version))).build(), 200);
        if (saved.isPresent()) {
            cadre.version++;
            cadre.departed = true;
            acknowledgedEdits.incrementAndGet();
        }
    }

    // --- quota editors -------------------------------------------------------------------------------

    private List<String> quotaRows() {
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < plan.quotaCommunes(); c++) {
            for (String bloc : BLOCS) {
                rows.add(communes.get(communes.size() - 1 - c) + "/" + bloc);
            }
        }
        return rows;
    }

    private int quota(String row) {
        String[] parts = row.split("/");
        return JSON.readTree(http.expect("setup", http.api("bantochuc", "/api/v1/communes/" + parts[0] + "/quotas")
                .GET().build(), 200).orElseThrow(() -> new IllegalStateException(recorder.firstErrors().toString())))
                .get(parts[1]).get("quota").asInt();
    }

    private void quotaEditor(Random random, int number) throws Exception {
        List<String> rows = quotaRows();
        while (running()) {
            String row = rows.get(random.nextInt(rows.size()));
            String[] parts = row.split("/");
            for (int attempt = 0; attempt < 50; attempt++) {
                Optional<String> read = http.expect("quota.read",
                        http.api("bantochuc", "/api/v1/communes/" + parts[0] + "/quotas").GET().build(), 200);
                if (read.isEmpty()) {
                    break;
                }
                JsonNode current = JSON.readTree(read.get()).get(parts[1]);
                int quota = current.get("quota").asInt();
                // up by one until 100 above where the run started, then down by one: always a valid quota
                int change = quota < initialQuotas.get(row) + QUOTA_SWING ? 1 : -1;
                Optional<java.net.http.HttpResponse<byte[]>> written = http.send("quota.write",
                        http.api("bantochuc", "/api/v1/communes/" + parts[0] + "/quotas/" + parts[1])
                                .header("Content-Type", "application/json")
                                .PUT(Http.json("{\"quota\":%d,\"version\":%d}".formatted(quota + change,
                                        current.get("version").asLong()))).build());
                if (written.isEmpty()) {
                    break;
                }
                int status = written.get().statusCode();
                if (status == 200) {
                    acknowledgedNetChange.get(row).addAndGet(change);
                    acknowledgedQuotaChanges.incrementAndGet();
                    break;
                }
                if (status == 409) {
                    recorder.conflict();
                    continue;
                }
                recorder.error("quota.write", row + " → " + status + " "
                        + new String(written.get().body(), StandardCharsets.UTF_8));
                break;
            }
            think(random, 500, 1_500);
        }
    }

    // --- exporters -----------------------------------------------------------------------------------

    private void exporter(Random random, int number) throws Exception {
        think(random, 0, plan.exportEvery().toMillis());
        int made = 0;
        while (running()) {
            java.util.Optional<java.net.http.HttpResponse<byte[]>> answer;
            String kind;
            if (made % 4 == 3) {
                kind = "export.xlsx";
                answer = http.send(kind, http.api("lanhdao", "/api/v1/reports/statistics.xlsx").GET().build());
                answer.filter(r -> r.statusCode() != 429).ifPresent(r -> checkFile("export.xlsx", r, "PK"));
            } else {
                String commune = made % 2 == 0 ? "" : "?commune=" + communes.get(random.nextInt(communes.size()));
                kind = "export.pdf";
                answer = http.send(kind, http.api("lanhdao", "/api/v1/reports/meeting-pack.pdf" + commune).GET().build());
                answer.filter(r -> r.statusCode() != 429).ifPresent(r -> checkFile("export.pdf", r, "%PDF"));
            }
            // the exporters share the leaders' account, which may have one file made at a time: a refusal with
            // Retry-After is the documented answer, and a client waits as told before it asks again
            if (answer.isPresent() && answer.get().statusCode() == 429) {
                recorder.record(kind + ".busy", 0);
                long wait = answer.get().headers().firstValueAsLong("Retry-After").orElse(1);
                think(random, wait * 1000, wait * 1000 + 1);
            }
            made++;
            long every = plan.exportEvery().toMillis();
            think(random, every / 2, every * 3 / 2);
        }
    }

    /**
     * Adds people who ask for files with the pages' buttons, in a loop, each in their own signed-in session (a commune's
     * account on its commune's page: one person each, so each has their share of the queue): the meeting pack and the
     * statistics table in turn, polling as the page does until the file arrives, then at once the next.
     */
    public LoadDriver withUiExporters(int count) {
        this.uiExporters = count;
        return this;
    }

    private void uiExporter(Random random, int number) throws Exception {
        String commune = communes.get(number % communes.size());
        Http.Browser browser = http.new Browser();
        if (!browser.signIn(commune)) {
            return;
        }
        Optional<VaadinPage> page = VaadinPage.open(http, browser, recorder, "xa-phuong/" + commune);
        if (page.isEmpty()) {
            return;
        }
        int made = 0;
        while (running()) {
            String prefix = made % 2 == 0 ? "bao-cao-hop-" : "thong-ke-";
            long started = System.nanoTime();
            VaadinPage.Export export = page.get().export(prefix, Duration.ofMinutes(5));
            if (export.refused()) {
                uiExportsRefused.incrementAndGet();
                think(random, 2_000, 4_000);
                continue;
            }
            if (export.file() == null) {
                recorder.error("export.ui", commune + ": " + export.problem());
                think(random, 1_000, 2_000);
                continue;
            }
            recorder.record("export.ui", System.nanoTime() - started);
            checkBytes("export.ui", export.file(), prefix.startsWith("bao") ? "%PDF" : "PK");
            uiExportsMade.incrementAndGet();
            made++;
        }
        page.get().close();
    }

    /**
     * Opens {@code count} signed-in sessions on their communes' pages and, all at once, asks each for its statistics
     * table with the page's button and downloads it; the pages stay open (for measuring what they hold after).
     */
    public List<VaadinPage> openSessionsAndExport(int count) throws InterruptedException {
        List<VaadinPage> pages = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String commune = communes.get(i % communes.size());
            threads.add(Thread.ofVirtual().start(() -> {
                Http.Browser browser = http.new Browser();
                if (!browser.signIn(commune)) {
                    return;
                }
                VaadinPage.open(http, browser, recorder, "xa-phuong/" + commune).ifPresent(page -> {
                    try {
                        VaadinPage.Export export;
                        do {
                            export = page.export("thong-ke-", Duration.ofMinutes(5));
                        } while (export.refused());
                        if (export.file() == null) {
                            recorder.error("export.ui", commune + ": " + export.problem());
                        }
                        pages.add(page);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return pages;
    }

    /** The same people without the commune editors and quota editors: readers and exporters only. */
    public LoadDriver withoutWriters() {
        writers = false;
        return this;
    }

    /** Files made through the pages' buttons, and requests refused at once because the queue was full. */
    public long uiExportsMade() {
        return uiExportsMade.get();
    }

    public long uiExportsRefused() {
        return uiExportsRefused.get();
    }

    /** The 95th percentile of one kind of request, in milliseconds (NaN when none). */
    public double p95(String kind) {
        Recorder.Summary summary = recorder.summaries().get(kind);
        return summary == null ? Double.NaN : summary.p95();
    }

    private void checkBytes(String kind, byte[] body, String magic) {
        String start = new String(body, 0, Math.min(4, body.length), StandardCharsets.ISO_8859_1);
        if (!start.startsWith(magic)) {
            recorder.error(kind, "not a file: " + start);
        }
    }

    private void checkFile(String kind, java.net.http.HttpResponse<byte[]> response, String magic) {
        String start = new String(response.body(), 0, Math.min(4, response.body().length), StandardCharsets.ISO_8859_1);
        if (response.statusCode() != 200 || !start.startsWith(magic)) {
            recorder.error(kind, response.statusCode() + " " + start);
        }
    }

    // --- results -------------------------------------------------------------------------------------

    /** Reads the data back; every difference from the acknowledged edits is a lost (or phantom) update. */
    public List<String> verify() {
        List<String> lost = new ArrayList<>();
        for (String row : initialQuotas.keySet()) {
            int expected = initialQuotas.get(row) + (int) acknowledgedNetChange.get(row).get();
            int actual = quota(row);
            if (actual != expected) {
                lost.add("quota " + row + ": " + actual + " instead of " + expected);
            }
        }
        synchronized (expectedCadres) {
            for (Expected cadre : expectedCadres) {
                JsonNode actual = JSON.readTree(http.expect("verify",
                        http.api(cadre.commune, "/api/v1/cadres/" + cadre.id).GET().build(), 200).orElse("{}"));
                if (actual.path("version").asLong(-1) != cadre.version
                        || !cadre.fullName.equals(actual.path("profile").path("fullName").asString())
                        || actual.path("holdings").size() != cadre.holdings
                        || cadre.departed == actual.path("endDate").isNull()) {
                    lost.add("cadre " + cadre.id + ": expected version " + cadre.version + ", " + cadre.fullName + ", "
                            + cadre.holdings + " titles, departed " + cadre.departed + "; found " + actual);
                    continue;
                }
                int running = 0;
                for (JsonNode holding : actual.path("holdings")) {
                    running += holding.path("endDate").isNull() ? 1 : 0;
                }
                if (running != cadre.running) {
                    lost.add("cadre " + cadre.id + ": " + running + " titles running instead of " + cadre.running);
                }
                Map<Integer, String> ratings = new LinkedHashMap<>();
                actual.path("ratings").forEach(r -> ratings.put(r.get("year").asInt(), r.get("rating").asString()));
                if (!ratings.equals(cadre.ratings)) {
                    lost.add("cadre " + cadre.id + ": ratings " + ratings + " instead of " + cadre.ratings);
                }
            }
        }
        return lost;
    }

    public long errors() {
        return recorder.errors();
    }

    public List<String> firstErrors() {
        return recorder.firstErrors();
    }

    /**
     * Writes that got no answer or a wrong one: when an instance is killed, such a write may have committed or not,
     * so each may leave one difference that {@link #verify()} reports.
     */
    public long failedWrites() {
        return recorder.summaries().entrySet().stream()
                .filter(e -> e.getKey().equals("quota.write") || e.getKey().startsWith("edit.") && !e.getKey().equals("edit.read"))
                .mapToLong(e -> e.getValue().errors()).sum();
    }

    public double requestsPerSecond() {
        return recorder.requests() / seconds;
    }

    /** The 95th percentile of every request's time, in milliseconds. */
    public double p95() {
        return recorder.overall().p95();
    }

    public long conflicts() {
        return recorder.conflicts();
    }

    /** Quota changes acknowledged with a 200, all rows together. */
    public long acknowledgedQuotaChanges() {
        return acknowledgedQuotaChanges.get();
    }

    public long acknowledgedEdits() {
        return acknowledgedEdits.get();
    }

    public int cadresTouched() {
        return expectedCadres.size();
    }

    public Plan plan() {
        return plan;
    }

    /** Opens {@code count} dashboards in signed-in sessions and leaves them open (for measuring their memory). */
    public List<VaadinPage> openSessions(int count, String user) {
        List<VaadinPage> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http.Browser browser = http.new Browser();
            if (browser.signIn(user)) {
                VaadinPage.open(http, browser, recorder, "").ifPresent(pages::add);
            }
        }
        return pages;
    }

    /** The results as Markdown: who ran, the latency of each kind of request, and the checks. */
    public String report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d users (%d readers, %d editors, %d quota editors, %d exporters) for %.0f s",
                plan.users(), plan.readers(), plan.editors(), plan.quotaEditors(), plan.exporters(), seconds)
                + (uiExporters == 0 ? "" : String.format("; with %d people asking for files with the pages' buttons"
                + " in a loop: %d files made, %d requests refused at once (queue full)", uiExporters, uiExportsMade(),
                uiExportsRefused())));
        lines.add("");
        lines.addAll(Recorder.table(recorder.summaries(), recorder.overall(), seconds));
        lines.add("");
        lines.add(String.format("errors: %d; version conflicts answered 409 and retried: %d; acknowledged quota"
                        + " changes (±1): %d; other acknowledged edits: %d on %d cadres",
                recorder.errors(), recorder.conflicts(), acknowledgedQuotaChanges(), acknowledgedEdits(), cadresTouched()));
        return String.join("\n", lines);
    }
}
