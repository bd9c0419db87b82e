package org.factline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.factline.problem.Problem;
import org.factline.security.Account;
import org.factline.security.AccountService;
import org.factline.security.Role;
import org.factline.security.SignInGuard;

/** Admins create editor accounts, set their passwords, disable them, and unlock sign-ins locked by failures. */
@Route("accounts")
@PageTitle("Accounts · Factline")
@Menu(order = 9, title = "Accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<Account> grid = new Grid<>();
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create account");
    final Paragraph message = new Paragraph();
    final Grid<SignInGuard.Block> blocks = new Grid<>();
    final Paragraph noBlocks = new Paragraph("No failed sign-ins in the last hour.");
    private final AccountService accounts;
    private final SignInGuard guard;
    private final Clock clock;

    public AccountsView(AccountService accounts, SignInGuard guard, Clock clock) {
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
        setWidthFull();
        grid.addColumn(Account::username).setHeader("Username").setKey("username").setFlexGrow(2);
        grid.addColumn(a -> a.role().name().toLowerCase(Locale.ROOT)).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(a -> a.enabled() ? "enabled" : "disabled").setHeader("State").setKey("state").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> run(() ->
                    accounts.setEnabled(a.id(), !a.enabled()), (a.enabled() ? "Disabled " : "Enabled ") + a.username()));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button setPassword = new Button("Set password", e -> run(() -> accounts.setPassword(a.id(),
                    password.getValue()), "Set a new password for " + a.username()));
            setPassword.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            setPassword.setTooltipText("Sets the password typed in the Password field below");
            return new HorizontalLayout(toggle, setPassword);
        }).setHeader("").setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase(Locale.ROOT));
        role.setValue(Role.EDITOR);
        password.setHelperText("At least 12 characters");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> run(() -> accounts.create(username.getValue(), password.getValue(), role.getValue()),
                "Created " + username.getValue().strip()));
        message.addClassName("form-error");
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        blocks.addColumn(b -> b.kind() == SignInGuard.Kind.ACCOUNT ? "account" : "address").setHeader("Kind")
                .setKey("kind").setAutoWidth(true);
        blocks.addColumn(SignInGuard.Block::subject).setHeader("Name or address").setKey("subject").setFlexGrow(2);
        blocks.addColumn(SignInGuard.Block::failures).setHeader("Failures").setKey("failures").setAutoWidth(true);
        blocks.addColumn(b -> WHEN.format(b.lastFailure())).setHeader("Last failure").setKey("last")
                .setAutoWidth(true);
        blocks.addColumn(b -> b.lockedAt(clock.instant()) ? "locked until " + WHEN.format(b.lockedUntil())
                : "slowed down").setHeader("State").setKey("state").setAutoWidth(true);
        blocks.addComponentColumn(b -> {
            Button unlock = new Button("Unlock", e -> run(() -> guard.unlock(b.kind(), b.subject()),
                    "Unlocked " + b.subject()));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return unlock;
        }).setHeader("").setKey("unlock").setAutoWidth(true);
        blocks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        blocks.setAllRowsVisible(true);
        noBlocks.addClassName("hint");
        add(new H2("Accounts"), new Paragraph("Editors enter articles, link figures and import data; admins also manage "
                + "accounts. Readers need no account."), grid, new H3("New account"), form, message,
                new H3("Failed sign-ins"), new Paragraph("Repeated failures slow sign-in down, then lock the account "
                + "name or the address they came from for a while. Unlock lifts it at once."), blocks, noBlocks);
        refresh();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            message.setText(done);
            password.clear();
            refresh();
        } catch (Problem ex) {
            message.setText(ex.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
        List<SignInGuard.Block> failing = guard.blocks();
        blocks.setItems(failing);
        blocks.setVisible(!failing.isEmpty());
        noBlocks.setVisible(failing.isEmpty());
    }
}
