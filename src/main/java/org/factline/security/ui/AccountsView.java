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
import java.util.Locale;
import org.factline.problem.Problem;
import org.factline.security.Account;
import org.factline.security.AccountService;
import org.factline.security.Role;

/** Admins create editor accounts, set their passwords and disable them. */
@Route("accounts")
@PageTitle("Accounts · Factline")
@Menu(order = 9, title = "Accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    final Grid<Account> grid = new Grid<>();
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create account");
    final Paragraph message = new Paragraph();
    private final AccountService accounts;

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
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
        add(new H2("Accounts"), new Paragraph("Editors enter articles, link figures and import data; admins also manage "
                + "accounts. Readers need no account."), grid, new H3("New account"), form, message);
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
    }
}
