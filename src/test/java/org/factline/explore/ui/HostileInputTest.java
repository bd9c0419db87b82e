package org.factline.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Hostile text in every field a user fills in, shown on every page that shows it: it must come out as the same
 * text, never as markup. The payloads and where each was checked are written to target/hostile-input-report.md.
 * (CSV cells and file names with markup are covered by ImportsViewTest.)
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileInputTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "{{constructor.constructor('alert(1)')()}}",
            "<a href=\"javascript:alert(1)\">click</a> & &amp; &lt;",
            "=HYPERLINK(\"http://evil.example\",\"x\")");

    static final List<String> REPORT = new ArrayList<>();

    @Autowired
    ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        KaribuViews.setUp(ctx);
        KaribuViews.login("editor", "EDITOR");
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuViews.tearDown();
    }

    static Stream<Integer> payloads() {
        return Stream.iterate(0, i -> i + 1).limit(PAYLOADS.size());
    }

    /** No component renders HTML: no Html component and no innerHTML anywhere under the UI. */
    private static void noMarkupAnywhere() {
        List<Component> all = new ArrayList<>();
        collect(UI.getCurrent(), all);
        assertThat(all).noneMatch(Html.class::isInstance);
        List<Element> elements = new ArrayList<>();
        collect(UI.getCurrent().getElement(), elements);
        assertThat(elements).noneMatch(e -> e.hasProperty("innerHTML"));
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        c.getChildren().forEach(child -> collect(child, out));
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        e.getChildren().forEach(child -> collect(child, out));
    }

    @ParameterizedTest(name = "payload {0}")
    @MethodSource("payloads")
    void hostileTextIsShownAsText(int index) {
        String p = PAYLOADS.get(index);
        UI.getCurrent().navigate("sources");
        ButtonKt._click(_get(SourcesView.class).newArticle);
        ArticleForm form = _get(ArticleForm.class);
        form.url.setValue("https://example.org/hostile/" + index);
        form.title.setValue(p);
        form.publisher.setValue(p);
        form.author.setValue(p);
        form.published.setValue(LocalDate.of(2021, 3, 3));
        String text = "Before " + p + " Kyrgyzstan's economy shrank by 8.6% in 2020.";
        form.text.setValue(text);
        ButtonKt._click(form.save);

        SourceView page = _get(SourceView.class);
        assertThat(page.title.getText()).isEqualTo(p);
        assertThat(page.meta.getText()).contains("article · " + p + " · by " + p);
        assertThat(page.text.getElement().getTextRecursively()).isEqualTo(text);
        noMarkupAnywhere();
        REPORT.add("| `" + p + "` | article title, publisher, author, text | source page (title, byline, text), "
                + "Sources grid |");

        ButtonKt._click((Button) GridKt._getCellComponent(page.proposals, 0, "link"));
        LinkDialog dialog = _get(LinkDialog.class);
        dialog.newCode.setValue("FL.HOSTILE." + index);
        dialog.newName.setValue(p);
        dialog.quote.setValue(p + " shrank by 8.6%");
        ButtonKt._click(dialog.confirm);
        assertThat(dialog.error.getText()).isEmpty();

        SourceView after = _get(SourceView.class);
        List<String> cited = KaribuViews.rows(after.figures, 200).get(0);
        assertThat(cited.get(1)).startsWith(p + ", Kyrgyz Republic, 2020");
        assertThat(cited.get(6)).isEqualTo("\u201c" + p + " shrank by 8.6%\u201d");
        noMarkupAnywhere();

        UI.getCurrent().navigate("sources");
        assertThat(KaribuViews.rows(_get(SourcesView.class).grid, 200)).anyMatch(r -> r.contains(p));
        UI.getCurrent().navigate("claims", com.vaadin.flow.router.QueryParameters.fromString("verdict=no-official-data"));
        noMarkupAnywhere();
        REPORT.add("| `" + p + "` | new indicator name, quote | source page (figures grid), Claims page |");
    }

    @AfterAll
    static void writeReport() throws Exception {
        Files.createDirectories(Path.of("target"));
        List<String> lines = new ArrayList<>(List.of("| payload | fields | where it was checked |", "|---|---|---|"));
        lines.addAll(REPORT);
        Files.write(Path.of("target/hostile-input-report.md"), lines);
        lines.forEach(System.out::println);
    }
}
