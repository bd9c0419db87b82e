package org.factline.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The Imports page, driven with Karibu-Testing: upload, preview, import, history, undo. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportsViewTest {

    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUpVaadin() {
        KaribuViews.setUp(ctx);
        KaribuViews.login("editor", "EDITOR");
        UI.getCurrent().navigate("imports");
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuViews.tearDown();
    }

    private long observations() {
        return jdbc.sql("select count(*) from observation").query(Long.class).single();
    }

    @Test
    void uploadPreviewImportAndUndo() throws Exception {
        ImportsView view = _get(ImportsView.class);
        long before = observations();

        UploadKt._upload(view.upload, "sdmx-nama.csv", "text/csv", Files.readAllBytes(FIXTURES.resolve("sdmx-nama.csv")));
        assertThat(view.lastReport.committed()).isFalse();
        assertThat(view.lastReport.added()).isEqualTo(3);
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.getElement().getTextRecursively())
                .contains("Preview: sdmx-nama.csv", "format:    sdmx", "added 3, revised 0, unchanged 0, rejected 0");
        assertThat(view.commit.getText()).isEqualTo("Import 3 observations");
        assertThat(observations()).as("a preview writes nothing").isEqualTo(before);

        ButtonKt._click(view.commit);
        view.jobsBox.finishAll(); // the import ran in the background; the page polls for it
        assertThat(observations()).isEqualTo(before + 3);
        NotificationsKt.expectNotifications("Imported sdmx-nama.csv: 3 added, 0 revised, 0 unchanged");
        int rows = GridKt._size(view.history);
        assertThat(GridKt._getFormattedRow(view.history, 0)).contains("sdmx-nama.csv", "sdmx", "3", "in effect");
        assertThat(GridKt._getFormattedRow(view.history, rows - 1)).as("the seed's import, its count grouped")
                .contains("seed").anyMatch(cell -> cell.matches("\\d{1,3}(,\\d{3})+"));

        Button undo = (Button) GridKt._getCellComponent(view.history, 0, "undo");
        ButtonKt._click(undo);
        assertThat(observations()).isEqualTo(before);
        assertThat(GridKt._size(view.history)).isEqualTo(rows);
        assertThat(GridKt._getFormattedRow(view.history, 0).toString()).contains("undone");
    }

    @Test
    void aFileWithRejectedLinesCannotBeImportedAsItIs() throws Exception {
        ImportsView view = _get(ImportsView.class);
        UploadKt._upload(view.upload, "bad-values.csv", "text/csv", Files.readAllBytes(FIXTURES.resolve("bad-values.csv")));
        assertThat(view.lastReport.refused()).isTrue();
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(GridKt._size(view.rejections)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.rejections, 0)).containsExactly("3", "3", "20x9",
                "not a period (2020, 2020-Q3, 2020-07 or 2020-07-14)");

        view.skipInvalid.setValue(true);
        view.sourceUrl.setValue("https://example.org/kgz");
        UploadKt._upload(view.upload, "bad-values.csv", "text/csv", Files.readAllBytes(FIXTURES.resolve("bad-values.csv")));
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(view.commit.getText()).isEqualTo("Import 1 observation");
    }

    @Test
    void textFromTheFileIsShownAsText() throws Exception {
        ImportsView view = _get(ImportsView.class);
        String payload = "indicator,geo,period,value\n<img src=x onerror=alert(1)>,KGZ,2020,1\nA,KGZ,<b>2021</b>,1\n";
        UploadKt._upload(view.upload, "<script>alert(1)</script>.csv", "text/csv", payload.getBytes());
        String html = view.preview.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>2021</b>");
        assertThat(view.preview.getElement().getTextRecursively()).contains("<script>alert(1)</script>.csv");
        assertThat(GridKt._getFormattedRow(view.rejections, 0)).contains("<b>2021</b>");
    }
}
