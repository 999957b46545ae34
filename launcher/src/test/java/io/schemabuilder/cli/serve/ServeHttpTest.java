package io.schemabuilder.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.cli.Serve;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and document of {@code serve} over real HTTP, on the output folder of {@link ServeFixture}: a completed
 * run, then a failed one in which a schema changed; odd names; traversal attempts; methods that would write.
 */
class ServeHttpTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static WebServer server;
    private static WebServer pagedByOne;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Routes routes = Serve.routes(new RunLayout(ServeFixture.outputDir()), null);
        server = WebServer.start(new InetSocketAddress("127.0.0.1", 0), routes);
        pagedByOne = WebServer.start(new InetSocketAddress("127.0.0.1", 0), routes.withPageSize(1));
        http = new Http(server.address());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (pagedByOne != null) {
            pagedByOne.close();
        }
    }

    @Test
    void runsPageListsRunsNewestFirstWithAChipPerSourceAndTheFailedRunStandsOut() throws Exception {
        Http.Answer runs = http.get("/");

        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        List<String> rows = rows(runs.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("class=\"run s-failed\"").contains("href=\"/runs/2\"")
                .contains("FAILED").contains("chip s-completed").contains(">shop<")
                .contains("chip s-failed").contains(">ledger <small>failed</small>");
        assertThat(rows.get(1)).contains("class=\"run s-completed\"").contains("href=\"/runs/1\"");
        assertThat(runs.body()).doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void runsPagePagesThroughTheHistory() throws Exception {
        Http paged = new Http(pagedByOne.address());

        Http.Answer first = paged.get("/");
        Http.Answer second = paged.get("/?page=1");
        Http.Answer beyond = paged.get("/?page=2");

        assertThat(rows(first.body())).singleElement().asString().contains("href=\"/runs/2\"");
        assertThat(first.body()).contains("href=\"/?page=1\">Older").doesNotContain("Newer");
        assertThat(rows(second.body())).singleElement().asString().contains("href=\"/runs/1\"");
        assertThat(second.body()).contains("href=\"/?page=0\">&larr; Newer").doesNotContain("Older");
        assertThat(beyond.body()).contains("No runs on this page");
    }

    @Test
    void runPageSaysWhySourcesFailedAndHowToRestart() throws Exception {
        Http.Answer run = http.get("/runs/2");

        assertThat(run.status()).isEqualTo(200);
        String ledger = row(run.body(), "ledger");
        assertThat(ledger).contains("s-failed").contains("<span class=\"category\">not_found</span>")
                .contains("<td>local</td>");
        assertThat(row(run.body(), "href=\"/sources/shop\"")).contains("COMPLETED").contains("<td>local</td>");
        assertThat(run.body()).contains("<code id=\"restart-command\">schema-builder restart 2 --config "
                + ServeFixture.config() + " --output-dir " + ServeFixture.outputDir() + "</code>");
        assertThat(http.get("/runs/1").body()).doesNotContain("restart-command").contains("COMPLETED");
    }

    @Test
    void sourcesPageShowsLastStatusSizeLastChangeAndADurationChart() throws Exception {
        Http.Answer sources = http.get("/sources");

        assertThat(sources.status()).isEqualTo(200);
        String shop = row(sources.body(), "href=\"/sources/shop\"");
        assertThat(shop).contains("COMPLETED").contains("<td class=\"n\">4</td>")
                .contains("+1 table, +1 column").contains("<svg class=\"chart\"");
        assertThat(count(shop, "<rect class=\"bar")).isEqualTo(2);
        String ledger = row(sources.body(), "href=\"/sources/ledger\"");
        assertThat(ledger).contains("FAILED").contains("<td class=\"n\">1</td>");
        assertThat(ledger).contains("<rect class=\"bar s-failed\"");
        assertThat(sources.body()).doesNotContain("outside");
    }

    @Test
    void sourcePageListsTablesAndColumnsWithOddNamesAsText() throws Exception {
        Http.Answer shop = http.get("/sources/shop");

        assertThat(shop.status()).isEqualTo(200);
        assertThat(shop.body()).contains("main.&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;script&gt;alert(&#39;c&#39;)&lt;/script&gt;")
                .doesNotContain("<img src=x").doesNotContain("<script>alert");
        String orders = tableGroup(shop.body(), "main.orders");
        assertThat(orders).contains("<td>id</td><td><code>INTEGER</code></td><td><code>INT</code></td><td>no</td>"
                + "<td>yes</td>");
        assertThat(orders).contains("<td>total</td><td><code>NUMERIC(10,2)</code></td><td><code>DECIMAL</code></td>"
                + "<td>no</td><td></td>");
        assertThat(shop.body()).contains("4 tables").contains("+1 table, +1 column");
    }

    @Test
    void sourcePageFiltersTablesWithoutScript() throws Exception {
        Http.Answer filtered = http.get("/sources/shop?q=ORD");

        assertThat(groups(filtered.body())).containsExactly("main.orders");
        assertThat(filtered.body()).contains("value=\"ORD\"").contains("1 of 4 tables");
        assertThat(groups(http.get("/sources/shop?q=%3Cimg").body())).containsExactly("main.<img src=x onerror=alert(1)>");
    }

    @Test
    void sourcePageListsVersionsAndShowsTheChangesBetweenTwo() throws Exception {
        List<OutputFolder.Version> versions = new OutputFolder(ServeFixture.outputDir()).versions("shop");
        assertThat(versions).hasSize(2);
        String older = versions.get(1).name();
        String newer = versions.get(0).name();

        Http.Answer page = http.get("/sources/shop");
        Http.Answer diff = http.get("/sources/shop?old=" + older + "&new=" + newer);
        Http.Answer backwards = http.get("/sources/shop?old=" + newer + "&new=" + older);

        assertThat(page.body()).contains("href=\"/sources/shop?old=" + older + "&amp;new=" + newer + "#diff\"")
                .contains("<option value=\"" + older + "\" selected>");
        assertThat(diff.body()).contains("<span class=\"summary\">+1 table, +1 column</span>")
                .contains("<tr class=\"added\"><td>+ table</td><td>main.refunds</td>")
                .contains("<tr class=\"added\"><td>+ column</td><td>main.orders</td><td>note</td><td></td>"
                        + "<td>TEXT null (TEXT)</td>");
        assertThat(backwards.body()).contains("-1 table, -1 column");
        assertThat(http.get("/sources/shop?old=20000101T000000Z&new=" + newer).body())
                .contains("No kept version 20000101T000000Z");
    }

    @Test
    void apiRunsHasTheShapesOfHistoryAndShowJson() throws Exception {
        String out = ServeFixture.outputDir().toString();

        Http.Answer runs = http.get("/api/runs");
        Http.Answer run = http.get("/api/runs/2");

        assertThat(runs.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(JSON.readTree(runs.body())).isEqualTo(JSON.readTree(
                ServeFixture.stdout("history", "--json", "--output-dir", out)));
        assertThat(JSON.readTree(run.body())).isEqualTo(JSON.readTree(
                ServeFixture.stdout("show", "2", "--json", "--output-dir", out)));
        assertThat(JSON.readTree(http.get("/api/runs?limit=1").body())).hasSize(1);
        Http.Answer missing = http.get("/api/runs/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("no execution 999");
    }

    @Test
    void apiSchemaIsTheFileAsWritten() throws Exception {
        Http.Answer schema = http.get("/api/sources/shop/schema");

        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.bytes()).isEqualTo(Files.readAllBytes(ServeFixture.outputDir().resolve("schemas/shop/schema.json")));
        assertThat(http.get("/api/sources/nothing/schema").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/sources/../../sources.yml",
        "/sources/%2e%2e/%2e%2e/sources.yml",
        "/sources/..%2f..%2fsources.yml",
        "/sources/%2E%2E%2F.schema-builder",
        "/api/sources/../../.schema-builder/schema",
        "/api/sources/%2e%2e/schema",
        "/api/sources/..%2F..%2F..%2Fsources.yml/schema",
        "/api/sources/outside/schema",
        "/sources/outside",
        "/static/..%2fserve.css",
        "/static/%2e%2e/Routes.class",
        "/../../../etc/passwd",
        "/sources/shop%00/x",
        "/sources/%zz"})
    void nothingOutsideSchemasIsServed(String target) throws Exception {
        Http.Answer answer = http.get(target);

        // 400: the JDK's server refuses a request line it cannot parse (a bad escape) before any route sees it.
        assertThat(answer.status()).as(target).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("sources:").doesNotContain("\"tables\"").doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void methodsOtherThanGetAndHeadAreRefused(String method) throws Exception {
        Http.Answer answer = http.send(method, "/runs/2");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        Http.Answer head = http.send("HEAD", "/sources/shop");
        Http.Answer get = http.get("/sources/shop");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.bytes().length));
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
    }

    @Test
    void everyAnswerForbidsOutsideResourcesAndPagesNameNone() throws Exception {
        for (String target : List.of("/", "/runs/2", "/sources", "/sources/shop", "/api/runs", "/nowhere")) {
            Http.Answer answer = http.get(target);
            assertThat(answer.header("Content-Security-Policy")).as(target).isEqualTo(
                    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.body()).as(target).doesNotContainPattern("(src|href)=\"(https?:)?//");
        }
        assertThat(http.get("/static/serve.css").header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(http.get("/static/serve.js").status()).isEqualTo(200);
        assertThat(http.get("/static/nothing.js").status()).isEqualTo(404);
        assertThat(http.get("/runs/abc").status()).isEqualTo(404);
        assertThat(http.get("/runs/999").status()).isEqualTo(404);
    }

    private static List<String> rows(String page) {
        return Pattern.compile("<tr class=\"run [^\"]*\">.*?</tr>").matcher(page).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    /** The table row that holds the text. */
    private static String row(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("page holds " + text).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static String tableGroup(String page, String table) {
        int at = page.indexOf("data-name=\"" + table + "\"");
        assertThat(at).as("table " + table).isNotNegative();
        return page.substring(at, page.indexOf("</tbody>", at));
    }

    /** The tables listed on a source page, as named (unescaped). */
    private static List<String> groups(String page) {
        return Pattern.compile("class=\"table-name\">([^<]*)").matcher(page).results()
                .map(m -> m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                        .replace("&quot;", "\"").replace("&amp;", "&")).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
