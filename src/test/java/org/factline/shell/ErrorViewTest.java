package org.factline.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A page that breaks shows a short message with an error id, never the exception; a user error shows its message. */
@FactlineTest
class ErrorViewTest {

    @Autowired
    ApplicationContext ctx;

    @BeforeEach
    void setUp() {
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
    }

    @Test
    void aBrokenPageShowsAnErrorIdOnly() {
        UI.getCurrent().navigate("test-broken");
        ErrorView view = _get(ErrorView.class);
        assertThat(view.message.getText()).matches("Something went wrong on Factline's side\\. Quote error id "
                + "[0-9a-f]{8} when you report it\\.");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("jdbc", "IllegalStateException", "secret");
    }

    @Test
    void aMissingSubjectShowsTheProblemsOwnMessage() {
        UI.getCurrent().navigate("test-missing");
        ProblemView view = _get(ProblemView.class);
        assertThat(view.message.getText()).isEqualTo("No source 424242");
        assertThat(view.getElement().getTextRecursively()).contains("Not found").doesNotContain("error id");
    }
}
