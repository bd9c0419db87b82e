package org.factline.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.factline.security.SignInRefused;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for editors and admins. Readers need no account. After repeated failures it says how long to wait, or
 * that the account or address is locked, instead of the usual "wrong name or password".
 */
@Route("login")
@PageTitle("Sign in · Factline")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    /** What the form says on an error, as last set. */
    LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph hint = new Paragraph("Editors and admins sign in here. Reading needs no account.");
        hint.addClassName("hint");
        add(form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        i18n = LoginI18n.createDefault();
        // The sign-in filter keeps the last failure in the HTTP session; a refusal says why and for how long.
        if (failed && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefused refused) {
            i18n.getErrorMessage().setTitle("Signing in is paused");
            i18n.getErrorMessage().setMessage(refused.getMessage());
        }
        form.setI18n(i18n);
        form.setError(failed);
    }
}
