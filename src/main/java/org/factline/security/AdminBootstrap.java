package org.factline.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start without accounts, creates the admin account {@code admin}: with the password from
 * {@code FACTLINE_ADMIN_PASSWORD} when set, else a random one printed once to the log.
 */
@Component
@ConditionalOnWebApplication
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String password;

    AdminBootstrap(AccountService accounts, @Value("${FACTLINE_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        if (!password.isBlank()) {
            if (accounts.bootstrapAdmin("admin", password)) {
                log.warn("Created the admin account 'admin' with the password from FACTLINE_ADMIN_PASSWORD");
            }
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!accounts.bootstrapAdmin("admin", generated)) {
            return; // another instance made it a moment ago
        }
        log.warn("Created the admin account 'admin' with the password {} . It is shown this once: sign in at /login "
                + "and create editor accounts on the Accounts page.", generated);
    }
}
