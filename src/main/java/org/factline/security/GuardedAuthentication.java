package org.factline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in, for the sign-in page and HTTP Basic alike, behind the {@link SignInGuard}: an attempt it
 * refuses is not checked at all; a wrong password is counted; a right one clears its account's count (and writes
 * nothing when there is none, as for nearly every HTTP Basic request).
 */
@Component
class GuardedAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;

    GuardedAuthentication(AccountService accounts, PasswordEncoder encoder, SignInGuard guard) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        boolean failedBefore = guard.check(username, address);
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            guard.failed(username, address);
            throw e;
        }
        if (failedBefore) {
            guard.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
