package org.factline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.FactlineTest;
import org.factline.importer.ImportReport;
import org.factline.indicator.IndicatorService;
import org.factline.problem.InvalidInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fetching from the providers' APIs, against a local HTTP server that answers as the World Bank's API v2 and FRED's
 * API document: every page, the last-updated date as the vintage, a revision as a new vintage, and errors (an
 * unknown indicator, rate limits, outages, malformed answers) as refused imports that write nothing. No test
 * reaches the internet.
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FetchServiceTest {

    static final HttpServer SERVER;
    /** What each path answers, in turn: status and body; the last answer repeats. */
    static final Map<String, List<String[]>> ANSWERS = new ConcurrentHashMap<>();
    static final List<String> REQUESTS = Collections.synchronizedList(new ArrayList<>());

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SERVER.createContext("/", FetchServiceTest::answer);
        SERVER.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + SERVER.getAddress().getPort();
        registry.add("factline.fetch.worldbank-url", () -> base);
        registry.add("factline.fetch.fred-url", () -> base);
        registry.add("FACTLINE_FRED_API_KEY", () -> "test-key-123");
        registry.add("factline.fetch.attempts", () -> "3");
        registry.add("factline.fetch.first-pause", () -> "PT0.01S");
        registry.add("factline.fetch.timeout", () -> "PT2S");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    private static void answer(HttpExchange x) throws IOException {
        String key = x.getRequestURI().getPath() + (x.getRequestURI().getQuery() == null ? ""
                : "?" + x.getRequestURI().getQuery().replaceAll("&api_key=[^&]*", ""));
        REQUESTS.add(x.getRequestURI().toString());
        List<String[]> queue = ANSWERS.getOrDefault(key,
                List.<String[]>of(new String[] {"404", "{\"error\":\"no such path\"}"}));
        String[] a = queue.size() > 1 ? queue.remove(0) : queue.get(0);
        byte[] body = a[1].getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    static void answer(String path, String... statusAndBodies) {
        List<String[]> queue = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < statusAndBodies.length; i += 2) {
            queue.add(new String[] {statusAndBodies[i], statusAndBodies[i + 1]});
        }
        ANSWERS.put(path, queue);
    }

    static String worldBankPage(int page, int pages, String updated, String rows) {
        return "[{\"page\":" + page + ",\"pages\":" + pages + ",\"per_page\":2,\"total\":3,\"sourceid\":\"2\","
                + "\"sourcename\":\"World Development Indicators\",\"lastupdated\":\"" + updated + "\"},[" + rows + "]]";
    }

    static String worldBankRow(String iso3, String name, String year, String value) {
        return "{\"indicator\":{\"id\":\"SP.POP.TOTL\",\"value\":\"Population, total\"},\"country\":{\"id\":\"XX\","
                + "\"value\":\"" + name + "\"},\"countryiso3code\":\"" + iso3 + "\",\"date\":\"" + year + "\",\"value\":"
                + value + ",\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}";
    }

    static final String POPULATION = "/v2/country/all/indicator/SP.POP.TOTL";

    @Autowired
    FetchService fetch;
    @Autowired
    RefreshService refresh;
    @Autowired
    org.springframework.context.ApplicationContext ctx;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clear() {
        ANSWERS.clear();
        REQUESTS.clear();
    }

    private long observations() {
        return jdbc.sql("select count(*) from observation").query(Long.class).single();
    }

    @Test
    void aWorldBankIndicatorIsFetchedPageByPageAndARevisionIsANewVintage() {
        answer(POPULATION + "?format=json&per_page=20000&page=1", "200", worldBankPage(1, 2, "2024-06-28",
                worldBankRow("KGZ", "Kyrgyz Republic", "2023", "7100000") + ","
                        + worldBankRow("", "Central Asia (IDA & IBRD)", "2023", "80000000")));
        answer(POPULATION + "?format=json&per_page=20000&page=2", "200", worldBankPage(2, 2, "2024-06-28",
                worldBankRow("KGZ", "Kyrgyz Republic", "2022", "6974800.5") + ","
                        + worldBankRow("RUS", "Russian Federation", "2023", "143826130") + ","
                        + worldBankRow("RUS", "Russian Federation", "2022", "null")));
        ImportReport first = fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0);
        assertThat(first.refusal()).isNull();
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.vintage()).hasToString("2024-06-28");
        assertThat(first.sources()).singleElement().asString().contains("https://data.worldbank.org/indicator/SP.POP.TOTL");
        assertThat(REQUESTS).hasSize(2);
        assertThat(jdbc.sql("select obs_value from observation o join series s on s.id = o.series_id where s.indicator_code = 'SP.POP.TOTL' "
                + "and s.geography_code = 'KGZ' and vintage = date '2024-06-28' and period_start = date '2022-01-01'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6974800.5");

        ImportReport again = fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0);
        assertThat(again.added() + again.revised()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);

        answer(POPULATION + "?format=json&per_page=20000&page=1", "200", worldBankPage(1, 1, "2024-12-16",
                worldBankRow("KGZ", "Kyrgyz Republic", "2023", "7161900")));
        ImportReport revised = fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0);
        assertThat(revised.vintage()).hasToString("2024-12-16");
        assertThat(revised.revised()).isEqualTo(1);
    }

    @Test
    void anUnknownIndicatorAnOutageAndAMalformedAnswerAreRefusedAndWriteNothing() {
        long before = observations();
        answer("/v2/country/all/indicator/XX.BAD?format=json&per_page=20000&page=1", "200",
                "[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\",\"value\":\"The provided parameter value is "
                        + "not valid\"}]}]");
        assertThat(fetch.fetch("worldbank:XX.BAD", true, "test").get(0).refusal()).isEqualTo("World Bank API: "
                + "indicator XX.BAD: Invalid value: The provided parameter value is not valid");

        answer(POPULATION + "?format=json&per_page=20000&page=1", "503", "Service Unavailable");
        assertThat(fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0).refusal())
                .endsWith(": HTTP 503 (tried 3 times)");
        assertThat(REQUESTS).hasSize(1 + 3);

        answer(POPULATION + "?format=json&per_page=20000&page=1", "200", "<html>Down for maintenance</html>");
        assertThat(fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0).refusal())
                .startsWith("World Bank API /v2/country/all/indicator/SP.POP.TOTL").contains("malformed JSON");
        assertThat(observations()).isEqualTo(before);

        assertThatThrownBy(() -> fetch.fetch("imf:NGDP", true, "test")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("write worldbank:NY.GDP.MKTP.KD.ZG");
    }

    @Test
    void aRateLimitIsWaitedOutWithABackoff() {
        answer(POPULATION + "?format=json&per_page=20000&page=1", "429", "Too Many Requests", "429",
                "Too Many Requests", "200", worldBankPage(1, 1, "2024-06-28",
                        worldBankRow("UZB", "Uzbekistan", "2023", "36412350")));
        ImportReport r = fetch.fetch("worldbank:SP.POP.TOTL", true, "test").get(0);
        assertThat(r.refusal()).isNull();
        assertThat(REQUESTS).hasSize(3);
    }

    @Test
    void aFredSeriesIsFetchedWithItsTitleAndLastUpdateAndTheKeyIsNeverShown() {
        answer("/fred/series?series_id=GDPC1&file_type=json", "200", "{\"realtime_start\":\"2024-07-01\","
                + "\"realtime_end\":\"2024-07-01\",\"seriess\":[{\"id\":\"GDPC1\",\"realtime_start\":\"2024-07-01\","
                + "\"realtime_end\":\"2024-07-01\",\"title\":\"Real Gross Domestic Product\",\"observation_start\":"
                + "\"1947-01-01\",\"observation_end\":\"2024-01-01\",\"frequency\":\"Quarterly\",\"frequency_short\":"
                + "\"Q\",\"units\":\"Billions of Chained 2017 Dollars\",\"units_short\":\"Bil. of Chn. 2017 $\","
                + "\"seasonal_adjustment_short\":\"SAAR\",\"last_updated\":\"2024-06-27 07:56:02-05\","
                + "\"popularity\":93}]}");
        answer("/fred/series/observations?series_id=GDPC1&file_type=json", "200", "{\"realtime_start\":"
                + "\"2024-07-01\",\"realtime_end\":\"2024-07-01\",\"observation_start\":\"1600-01-01\","
                + "\"observation_end\":\"9999-12-31\",\"units\":\"lin\",\"output_type\":1,\"file_type\":\"json\","
                + "\"order_by\":\"observation_date\",\"sort_order\":\"asc\",\"count\":3,\"offset\":0,\"limit\":100000,"
                + "\"observations\":[{\"realtime_start\":\"2024-07-01\",\"realtime_end\":\"2024-07-01\",\"date\":"
                + "\"2023-10-01\",\"value\":\"22679.255\"},{\"realtime_start\":\"2024-07-01\",\"realtime_end\":"
                + "\"2024-07-01\",\"date\":\"2024-01-01\",\"value\":\"22758.752\"},{\"realtime_start\":\"2024-07-01\","
                + "\"realtime_end\":\"2024-07-01\",\"date\":\"2024-04-01\",\"value\":\".\"}]}");
        ImportReport r = fetch.fetch("fred:GDPC1", true, "test").get(0);
        assertThat(r.refusal()).isNull();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.vintage()).hasToString("2024-06-27");
        assertThat(indicators.find("GDPC1").orElseThrow().name()).isEqualTo("Real Gross Domestic Product");
        assertThat(REQUESTS).allMatch(u -> u.contains("api_key=test-key-123"));
        assertThat(String.join("\n", r.lines())).doesNotContain("test-key-123");

        answer("/fred/series?series_id=NOPE&file_type=json", "400", "{\"error_code\":400,\"error_message\":\"Bad "
                + "Request.  The series does not exist.\"}");
        ImportReport missing = fetch.fetch("fred:NOPE", true, "test").get(0);
        assertThat(missing.refusal()).startsWith("FRED API /fred/series?series_id=NOPE&file_type=json answered HTTP 400")
                .contains("The series does not exist").doesNotContain("test-key-123");
    }

    @Test
    void aScheduledSeriesIsFetchedWhenDueAndItsOutcomeKept() {
        answer(POPULATION + "?format=json&per_page=20000&page=1", "200", worldBankPage(1, 1, "2024-06-28",
                worldBankRow("TJK", "Tajikistan", "2023", "10143543")));
        assertThatThrownBy(() -> refresh.schedule("ecb:EXR", Schedule.Every.DAILY, "test"))
                .isInstanceOf(InvalidInput.class);
        refresh.schedule("worldbank: SP.POP.TOTL", Schedule.Every.WEEKLY, "test");
        assertThat(refresh.schedules()).singleElement().satisfies(s -> {
            assertThat(s.spec()).isEqualTo("worldbank:SP.POP.TOTL");
            assertThat(s.lastRun()).isNull();
        });
        assertThat(refresh.runDue()).isEqualTo(1);
        assertThat(REQUESTS).hasSize(1);
        assertThat(refresh.schedules().get(0).lastOutcome()).startsWith("added 1, revised 0, unchanged 0");
        assertThat(refresh.runDue()).as("not due again within the week").isZero();
        refresh.unschedule("worldbank:SP.POP.TOTL");
        assertThat(refresh.schedules()).isEmpty();
    }

    @Test
    void theFetchPageShowsTheReportOrWhatIsWrong() {
        org.factline.KaribuViews.setUp(ctx);
        try {
            org.factline.KaribuViews.login("editor", "EDITOR");
            com.vaadin.flow.component.UI.getCurrent().navigate("fetch");
            org.factline.fetch.ui.FetchViewAccess view = new org.factline.fetch.ui.FetchViewAccess();
            view.spec().setValue("imf:NGDP");
            view.preview().click();
            assertThat(view.error().getText()).startsWith("'imf:NGDP' names no series");

            answer(POPULATION + "?format=json&per_page=20000&page=1", "200", worldBankPage(1, 1, "2024-06-28",
                    worldBankRow("ARM", "Armenia", "2023", "2777970")));
            view.spec().setValue("worldbank:SP.POP.TOTL");
            view.preview().click();
            assertThat(view.report().getText()).contains("World Bank API SP.POP.TOTL", "added 1")
                    .contains("not imported yet (preview)");
        } finally {
            org.factline.KaribuViews.tearDown();
        }
    }
}
