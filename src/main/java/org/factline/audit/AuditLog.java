package org.factline.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail. An action records itself in its own transaction, so an action rolled back leaves no entry and a
 * committed one always has its entry. Reading the trail takes an admin.
 */
@Service
public class AuditLog {

    /** The actor of actions run by a local command, where nobody signs in. */
    public static final String COMMAND_LINE = "command line";

    public static final String IMPORT = "import";
    public static final String IMPORT_UNDO = "import undone";
    public static final String LINK = "link";
    public static final String LINK_REMOVE = "link removed";
    public static final String ARTICLE = "article";
    public static final String REVIEW_CONFIRM = "review confirmed";
    public static final String REVIEW_REJECT = "review rejected";
    public static final String REVIEW_UNDO = "review undone";
    public static final String ACCOUNT = "account";
    public static final String SIGN_IN_FAILED = "sign-in failed";
    public static final String SIGN_IN_LOCKED = "sign-in locked";
    public static final String SIGN_IN_UNLOCKED = "sign-in unlocked";

    /** Every action name, for the page's filter. */
    public static final List<String> ACTIONS = List.of(IMPORT, IMPORT_UNDO, ARTICLE, LINK, LINK_REMOVE, REVIEW_CONFIRM,
            REVIEW_REJECT, REVIEW_UNDO, ACCOUNT, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_UNLOCKED);

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of whoever is signed in for this call ({@link #COMMAND_LINE} when nobody is). */
    @Transactional
    public void record(String action, String target, String detail) {
        recordAs(currentUser(), action, target, detail);
    }

    /** Records an action of a named actor: an import job's editor, the name typed at a sign-in. */
    @Transactional
    public void recordAs(String actor, String action, String target, String detail) {
        repository.insert(clock.instant(), actor == null ? COMMAND_LINE : actor, action, target, detail,
                clientAddress());
    }

    /** The name of whoever is signed in for this call, or null (a command-line run, a background job). */
    public static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || "anonymousUser".equals(a.getPrincipal()) ? null : a.getName();
    }

    /** The entries that match, newest first, from {@code offset}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        return repository.find(query, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return repository.count(query);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest request = a.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
