package org.factline.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factline.audit.AuditLog;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor and admin accounts, with bcrypt-hashed passwords. Managing them takes an admin. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private final AccountRepository repository;
    private final RoleHierarchy roles;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(AccountRepository repository, PasswordEncoder passwords, Clock clock, RoleHierarchy roles,
                   AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.roles = roles;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * The account as password sign-in checks it ({@link GuardedAuthentication}). Not read-only, so that it reads the
     * primary: a password changed or an account disabled a moment ago must hold at once, replica or not.
     */
    @Transactional
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.Credentials row = repository.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        // The account's role with every role it implies (an admin is also an editor), as the role hierarchy says,
        // so that Vaadin's view access and the pages' role checks see them as Spring Security's rules do.
        List<org.springframework.security.core.GrantedAuthority> authorities = List.copyOf(
                roles.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_" + row.role())));
        return User.withUsername(username).password(row.hash()).authorities(authorities).disabled(!row.enabled())
                .build();
    }

    /** Whether any account exists: none on a first start. */
    @Transactional(readOnly = true)
    public boolean any() {
        return repository.count() > 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> list() {
        return repository.list();
    }

    /** Creates an account; only an admin may, except {@link #bootstrapAdmin} on a first start. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(String username, String password, Role role) {
        long id = insert(username, password, role);
        audit.record(AuditLog.ACCOUNT, "account " + username.strip(), "created, role " + role.name().toLowerCase(
                java.util.Locale.ROOT));
        return id;
    }

    /**
     * The first admin, created on a first start without accounts; false when there are accounts already, which is
     * what a second instance starting at the same moment finds once the first has made it.
     */
    @Transactional
    boolean bootstrapAdmin(String username, String password) {
        repository.lockFirstStart();
        if (any()) {
            return false;
        }
        insert(username, password, Role.ADMIN);
        audit.recordAs("first start", AuditLog.ACCOUNT, "account " + username, "created, role admin");
        return true;
    }

    private long insert(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInput("A username is 2 to 100 letters, digits, '.', '_', '@' or '-': '" + name
                    + "'");
        }
        checkPassword(password);
        if (repository.exists(name)) {
            throw new Conflict("An account named " + name + " exists already");
        }
        return repository.insert(name, passwords.encode(password), role, Instant.now(clock));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long id, String password) {
        checkPassword(password);
        if (!repository.setPasswordHash(id, passwords.encode(password))) {
            throw new NotFound("No account " + id);
        }
        audit.record(AuditLog.ACCOUNT, "account " + find(id).map(Account::username).orElse("#" + id),
                "password set");
    }

    /** Enables or disables an account; the last enabled admin cannot be disabled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account a = find(id).orElseThrow(() -> new NotFound("No account " + id));
        if (!enabled && a.role() == Role.ADMIN && repository.enabledAdmins() <= 1) {
            throw new Conflict(a.username() + " is the last admin: enable another admin first");
        }
        repository.setEnabled(id, enabled);
        audit.record(AuditLog.ACCOUNT, "account " + a.username(), enabled ? "enabled" : "disabled");
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return repository.find(id);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInput("A password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 72) {
            throw new InvalidInput("A password has at most 72 characters (bcrypt reads no more)");
        }
    }
}
