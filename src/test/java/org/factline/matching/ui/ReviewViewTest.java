package org.factline.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.citation.CitationService;
import org.factline.linking.ArticleIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The review queue driven as an editor drives it, from the keyboard, with Karibu-Testing: an article comes in, its
 * figures that the matcher did not link wait; keys confirm, pick, reject and undo.
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReviewViewTest {

    static final String TEXT = "Kyrgyzstan's economy grew 4.6% in 2019 but shrank by 8.6% in 2020. "
            + "Inflation reached 9.7% in December 2020. The <b>bank</b> wants a $100 million loan.";

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ArticleIntake intake;
    @Autowired
    CitationService citations;

    long article;

    @BeforeEach
    void setUp() {
        KaribuViews.setUp(ctx);
        KaribuViews.login("desk", "EDITOR");
        article = intake.add(new ArticleIntake.Incoming("https://example.org/review", "Kyrgyz <i>economy</i>",
                "Review Desk Wire", null, LocalDate.of(2024, 3, 1), TEXT)).id();
        UI.getCurrent().navigate("review");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
    }

    private static java.util.List<String> waiting(ReviewView view) {
        return view.grid.getGenericDataView().getItems().map(w -> w.figure().figure().text()).toList();
    }

    @Test
    void theFiguresTheMatcherDidNotLinkWaitAndKeysDecideThem() {
        ReviewView view = _get(ReviewView.class);
        view.filter.setValue("review desk");
        assertThat(waiting(view)).containsExactly("8.6%", "9.7%", "$100 million");
        assertThat(view.count.getText()).isEqualTo("3 figures wait");
        assertThat(view.grid.asSingleSelect().getValue().figure().figure().text()).isEqualTo("8.6%");

        ShortcutsKt._fireShortcut(view.grid, Key.DIGIT_1);
        assertThat(waiting(view)).containsExactly("9.7%", "$100 million");
        assertThat(citations.forSource(article)).extracting(c -> c.figureText() + " by " + c.linkedBy())
                .containsExactlyInAnyOrder("4.6% by matcher", "8.6% by desk");
        NotificationsKt.expectNotifications("Linked '8.6%' to GDP growth (annual %), Kyrgyz Republic, 2020");

        ShortcutsKt._fireShortcut(view.grid, Key.KEY_J);
        assertThat(view.grid.asSingleSelect().getValue().figure().figure().text()).isEqualTo("$100 million");
        ShortcutsKt._fireShortcut(view.grid, Key.KEY_X);
        assertThat(waiting(view)).containsExactly("9.7%");

        ShortcutsKt._fireShortcut(view.grid, Key.KEY_U);
        ShortcutsKt._fireShortcut(view.grid, Key.KEY_U);
        assertThat(waiting(view)).containsExactly("8.6%", "9.7%", "$100 million");
        assertThat(citations.forSource(article)).extracting(c -> c.figureText()).containsExactly("4.6%");
    }

    @Test
    void confirmAllShownLinksEachFigureToItsBestCandidateAndShowsTheArticleTitleAsText() {
        ReviewView view = _get(ReviewView.class);
        view.filter.setValue("Review Desk");
        assertThat(waiting(view)).hasSize(3);
        assertThat(view.grid.getGenericDataView().getItems().findFirst().orElseThrow().article().title())
                .isEqualTo("Kyrgyz <i>economy</i>");

        ButtonKt._click(view.confirmAll);

        assertThat(waiting(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("Nothing waits for a decision.");
        assertThat(citations.forSource(article)).hasSize(4);
        view.filter.setValue("nothing like this");
        assertThat(waiting(view)).isEmpty();
    }
}
