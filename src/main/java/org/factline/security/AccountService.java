package org.factline.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor and admin accounts, with bcrypt-hashed passwords. Managing them takes an admin. */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getLong("id"), rs.getString("username"),
            Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final RoleHierarchy roles;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, RoleHierarchy roles) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        record Row(String hash, String role, boolean enabled) {
        }
        Row row = jdbc.sql("select password_hash, role, enabled from account where username = ?").param(username)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        // An admin is an editor too.
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
        return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> list() {
        return jdbc.sql("select * from account order by username").query(ROW).list();
    }

    /** Creates an account; only an admin may, except {@link #bootstrapAdmin} on a first start. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(String username, String password, Role role) {
        return insert(username, password, role);
    }

    /** The first admin, created on a first start without accounts. */
    @Transactional
    long bootstrapAdmin(String username, String password) {
        if (any()) {
            throw new IllegalStateException("Accounts exist already");
        }
        return insert(username, password, Role.ADMIN);
    }

    private long insert(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInput("A username is 2 to 100 letters, digits, '.', '_', '@' or '-': '" + name
                    + "'");
        }
        checkPassword(password);
        if (jdbc.sql("select count(*) from account where username = ?").param(name).query(Long.class).single() > 0) {
            throw new Conflict("An account named " + name + " exists already");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, role, enabled, created_at) values (?, ?, ?, ?, ?)")
                .params(name, passwords.encode(password), role.name(), true, Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long id, String password) {
        checkPassword(password);
        if (jdbc.sql("update account set password_hash = ? where id = ?").params(passwords.encode(password), id)
                .update() == 0) {
            throw new NotFound("No account " + id);
        }
    }

    /** Enables or disables an account; the last enabled admin cannot be disabled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account a = find(id).orElseThrow(() -> new NotFound("No account " + id));
        if (!enabled && a.role() == Role.ADMIN && jdbc.sql(
                "select count(*) from account where role = 'ADMIN' and enabled = true").query(Long.class).single() <= 1) {
            throw new Conflict(a.username() + " is the last admin: enable another admin first");
        }
        jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(ROW).optional();
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
