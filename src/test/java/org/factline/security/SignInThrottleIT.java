package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.factline.audit.AuditLog;
import org.factline.audit.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Throttling over HTTP Basic, as a script guessing passwords meets it: failures slow it down, then lock the account,
 * even for the right password, until the pause ends or an admin unlocks it. A small policy keeps the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "FACTLINE_ADMIN_PASSWORD=" + SignInThrottleIT.ADMIN_PASSWORD, "factline.sign-in.account-slow-after=2",
        "factline.sign-in.account-lock-after=4", "factline.sign-in.address-slow-after=100",
        "factline.sign-in.address-lock-after=200", "factline.sign-in.lock-for=10m"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignInThrottleIT {

    static final String ADMIN_PASSWORD = "throttle-it-admin-password";
    static final String EVE_PASSWORD = "eve-has-a-long-password";

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInGuard guard;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR")));
    }

    /** An editor's write that changes nothing: undoing an import that does not exist. */
    private ResponseEntity<JsonNode> write(String password) {
        return http.withBasicAuth("eve", password).postForEntity("/api/imports/0/undo", null, JsonNode.class);
    }

    @Test
    void guessingSlowsDownThenLocksEvenTheRightPasswordUntilAnAdminUnlocks() throws Exception {
        asAdmin();
        accounts.create("eve", EVE_PASSWORD, Role.EDITOR);
        SecurityContextHolder.clearContext();

        assertThat(write("guess-1").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(write("guess-2").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Two failures: the next attempt must wait a second, and is refused unchecked, right password or not.
        ResponseEntity<JsonNode> paused = write(EVE_PASSWORD);
        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(paused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(paused.getBody().get("detail").asText())
                .isEqualTo("Too many failed sign-ins as eve: wait 1 s before trying again");

        Thread.sleep(1_100);
        // Signed in: the request goes on to the API, which has no import #0.
        assertThat(write(EVE_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // The success cleared the count: four more failures, waiting out each pause, lock the account.
        assertThat(write("guess-3").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(write("guess-4").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Thread.sleep(1_100);
        assertThat(write("guess-5").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Thread.sleep(2_100);
        assertThat(write("guess-6").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> locked = write(EVE_PASSWORD);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isBetween(590L, 600L);
        assertThat(locked.getBody().get("detail").asText()).startsWith("Signing in as eve is locked after 4 failed "
                + "attempts until ").endsWith("; an admin can unlock it sooner");

        // The address was counted too, under the client's address.
        assertThat(jdbc.sql("select failures from sign_in_guard where subject_kind = 'ADDRESS' and subject = "
                + "'127.0.0.1'").query(Integer.class).single()).isEqualTo(6);

        asAdmin();
        guard.unlock(SignInGuard.Kind.ACCOUNT, "eve");
        assertThat(audit.find(new AuditQuery("eve", AuditLog.SIGN_IN_FAILED, null), 0, 100)).hasSize(6)
                .allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
        assertThat(audit.find(new AuditQuery("eve", AuditLog.SIGN_IN_LOCKED, null), 0, 100)).hasSize(1);
        assertThat(audit.find(new AuditQuery("admin", AuditLog.SIGN_IN_UNLOCKED, null), 0, 100)).hasSize(1);
        SecurityContextHolder.clearContext();
        assertThat(write(EVE_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
