package org.fupin.ledger.console.config;

import org.fupin.ledger.console.ConsoleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the local users, without any API running: the form carries a CSRF token and refuses a post
 * without it, the session cookie is HttpOnly and SameSite=Lax, and a page of another role answers 403 naming
 * the roles that may open it.
 */
@SpringBootTest(classes = ConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.console.query-side=http://localhost:1")
class SignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void refusesASignInWithoutTheFormsCsrfToken() throws Exception {
        HttpResponse<String> post = post("/login", "username=finance&password=finance-pass");
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void signsInALocalUserWithASessionCookieScriptsCannotReadAndOtherSitesDoNotSend() throws Exception {
        HttpResponse<String> signedIn = signIn("finance", "finance-pass");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("LEDGER_CONSOLE=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void sendsAWrongPasswordBackToTheFormWithAnError() throws Exception {
        HttpResponse<String> refused = signIn("finance", "wrong");
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login?error"));
    }

    @Test
    void answersAPageOfAnotherRoleWith403NamingWhoMayOpenIt() throws Exception {
        signIn("secretary", "secretary-pass");
        HttpResponse<String> page = get("/admin/projections");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问", "管理员").doesNotContain("财务人员");
    }

    @Test
    void showsAnApiThatDoesNotAnswerAsUnavailableNotAsAnError() throws Exception {
        signIn("finance", "finance-pass");
        HttpResponse<String> page = get("/funds");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("服务暂不可用", "query side");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        return post("/login", "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
