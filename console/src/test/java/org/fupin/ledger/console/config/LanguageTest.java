package org.fupin.ledger.console.config;

import org.fupin.ledger.console.ConsoleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese by default; English by {@code ?lang=en} for the rest of the session, or by the browser's preference. */
@SpringBootTest(classes = ConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.console.query-side=http://localhost:1")
class LanguageTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void speaksChineseToABrowserThatStatesNoPreference() throws Exception {
        assertThat(login(null)).contains("用户名").doesNotContain("Username");
    }

    @Test
    void speaksEnglishToABrowserThatPrefersEnglish() throws Exception {
        assertThat(login("en-US,en;q=0.9,zh-CN;q=0.5")).contains("Username").doesNotContain("用户名");
    }

    @Test
    void speaksChineseToABrowserThatPrefersChineseOverEnglish() throws Exception {
        assertThat(login("zh-TW,zh;q=0.9,en;q=0.8")).contains("用户名");
    }

    @Test
    void keepsEnglishChosenWithTheLangParameterForTheSession() throws Exception {
        assertThat(get("/login?lang=en", null)).contains("Username");
        assertThat(login("zh-CN")).contains("Username");
    }

    @Test
    void readsAMalformedOrForeignHeaderAsChinese() {
        assertThat(LanguageConfiguration.preferred("fr-FR,de;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LanguageConfiguration.preferred(";;q=x")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private String login(String acceptLanguage) throws Exception {
        return get("/login", acceptLanguage);
    }

    private String get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
