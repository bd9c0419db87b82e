package org.factline.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factline.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** Fetching a page by its URL: public addresses only by default, redirects followed a few times and checked. */
class PageFetcherTest {

    @Test
    void aLocalOrPrivateAddressIsRefusedBeforeAnythingIsSent() {
        PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(2), false);

        for (String url : new String[] {"http://127.0.0.1:9/story", "http://localhost/x", "http://10.1.2.3/x",
                "http://192.168.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x"}) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("is a local or private address");
        }
    }

    @Test
    void redirectsAreFollowedAFewTimesAndNoMore() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<html><head><title>Moved story</title></head><body><h1>Moved story</h1><p>Prices rose 3% in 2020, the statistics office said on Monday.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/old", x -> {
            x.getResponseHeaders().add("Location", "/story");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.createContext("/story", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.start();
        try {
            PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(5), true);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            ArticleIntake.Incoming a = fetcher.fetch(base + "/old");
            assertThat(a.title()).isEqualTo("Moved story");
            assertThat(a.text()).contains("Prices rose 3% in 2020");
            assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("redirects more than 5 times");
        } finally {
            server.stop(0);
        }
    }
}
