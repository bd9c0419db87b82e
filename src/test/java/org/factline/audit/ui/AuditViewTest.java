package org.factline.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.audit.AuditLog;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.factline.security.AccountService;
import org.factline.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** Editors' actions land in the audit trail in their own transaction; an admin browses and filters it. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditViewTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ImportService imports;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void setUp() {
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
    }

    @Test
    void importsUndosAndAccountChangesAreListedNewestFirstAndFiltered() {
        KaribuViews.login("ada", "ADMIN");
        Path file = Path.of("src/test/resources/import/fred-GDPC1-old.csv");
        var report = imports.commit(file, "fred-GDPC1-old.csv", ImportOptions.defaults("ada"));
        assertThat(report.committed()).isTrue();
        imports.undo(report.importId());
        // A preview is rolled back, and so is its entry: nothing of it is recorded.
        imports.preview(file, "fred-GDPC1-old.csv", ImportOptions.defaults("ada"));
        accounts.create("grace", "a long enough password", Role.EDITOR);

        UI.getCurrent().navigate("audit");
        AuditView view = _get(AuditView.class);
        view.actor.setValue("ada");
        List<List<String>> rows = KaribuViews.rows(view.grid, 10);
        assertThat(rows).extracting(r -> r.get(2)).containsExactly(AuditLog.ACCOUNT, AuditLog.IMPORT_UNDO,
                AuditLog.IMPORT);
        assertThat(rows.get(0)).containsSubsequence("ada", AuditLog.ACCOUNT, "account grace", "created, role editor");
        assertThat(rows.get(1).get(4)).isEqualTo("import #" + report.importId() + ": 4 observations removed");
        assertThat(rows.get(2)).containsSubsequence("fred-GDPC1-old.csv",
                "import #" + report.importId() + ": 4 added, 0 revised, 0 unchanged, 0 rejected");
        assertThat(view.total.getText()).isEqualTo("3 entries");

        view.action.setValue(AuditLog.IMPORT);
        assertThat(KaribuViews.rows(view.grid, 10)).hasSize(1);
        view.action.setValue(AuditView.ANY);
        view.text.setValue("GRACE");
        assertThat(KaribuViews.rows(view.grid, 10)).singleElement().satisfies(r -> assertThat(r.get(3))
                .isEqualTo("account grace"));
        view.text.setValue("100%_");
        assertThat(KaribuViews.rows(view.grid, 10)).isEmpty();
        assertThat(view.total.getText()).isEqualTo("0 entries");
    }

    @Test
    void anEditorsLinkAndItsRemovalAndTheMatchersLinkAreRecordedWithWhoMadeThem() {
        KaribuViews.login("lin", "EDITOR");
        String text = "Kyrgyzstan's economy grew 4.6% in 2019, officials said. It seeks a $100 million loan.";
        long article = ctx.getBean(org.factline.linking.ArticleIntake.class).add(
                new org.factline.linking.ArticleIntake.Incoming("https://example.org/audit-links", "Audit links",
                        null, null, java.time.LocalDate.of(2021, 3, 3), text)).id();
        org.factline.linking.LinkingService linking = ctx.getBean(org.factline.linking.LinkingService.class);
        int start = text.indexOf("$100 million");
        long citation = linking.confirm(new org.factline.linking.Confirmation(article, start,
                start + "$100 million".length(), "FL.EAEU.ACF.LOAN", null, "KGZ", "2021",
                org.factline.observation.ObservationStatus.REQUESTED, null, null));
        linking.removeCitation(citation);

        KaribuViews.login("ada", "ADMIN");
        UI.getCurrent().navigate("audit");
        AuditView view = _get(AuditView.class);
        view.text.setValue("article #" + article + ":");
        List<List<String>> rows = KaribuViews.rows(view.grid, 10);
        assertThat(rows).extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(3)).containsExactly(
                "lin " + AuditLog.LINK_REMOVE + " article #" + article + ": '$100 million'",
                "lin " + AuditLog.LINK + " article #" + article + ": '$100 million'",
                "matcher " + AuditLog.LINK + " article #" + article + ": '4.6%'");
        assertThat(rows.get(1).get(4)).isEqualTo("FL.EAEU.ACF.LOAN · KGZ · 2021");
        assertThat(rows.get(2).get(4)).startsWith("NY.GDP.MKTP.KD.ZG · KGZ · 2019 · score 0.");
        view.text.setValue("Audit links");
        assertThat(KaribuViews.rows(view.grid, 10)).singleElement().satisfies(r -> assertThat(r)
                .containsSubsequence("lin", AuditLog.ARTICLE, "article #" + article + " 'Audit links'",
                        "added from https://example.org/audit-links"));
    }
}
