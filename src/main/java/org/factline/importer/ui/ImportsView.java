package org.factline.importer.ui;

import static org.factline.measure.FigureFormat.count;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factline.importer.ImportFormat;
import org.factline.importer.ImportJobs;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportRecord;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.factline.importer.Rejection;
import org.factline.problem.Problem;
import org.springframework.beans.factory.annotation.Value;

/**
 * Take a CSV file in: upload, see what the import will do (the preview), then import or cancel; below, every
 * import so far, each undoable as a whole.
 */
@RolesAllowed("EDITOR")
@Route("imports")
@PageTitle("Imports · Factline")
@Menu(order = 2, title = "Imports")
public class ImportsView extends VerticalLayout {

    static final String AUTO = "auto-detect";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Upload upload;
    final Select<String> format = new Select<>();
    final TextField indicator = new TextField("Indicator (for Country/Year/Value files)");
    final TextField geography = new TextField("Geography (for FRED files)");
    final TextField sourceUrl = new TextField("Source URL (where the file does not imply one)");
    final TextField sheet = new TextField("Sheet (Excel workbooks; default the first)");
    final Checkbox skipInvalid = new Checkbox("Import the valid lines and skip rejected ones");
    final Div preview = new Div();
    final Button commit = new Button("Import");
    final Button cancel = new Button("Cancel");
    final Grid<Rejection> rejections = new Grid<>();
    final Grid<ImportRecord> history = new Grid<>();
    /** The background imports this page follows: each one's progress bar, rate and Cancel button. */
    final ImportJobsPanel jobsBox;
    final Paragraph historyEmpty = new Paragraph("No imports yet. Upload a CSV file above.");

    private final ImportService importer;
    private final ImportJobs jobs;
    private Path pending;
    private String pendingName;
    ImportReport lastReport;

    public ImportsView(ImportService importer, ImportJobs jobs,
                       @Value("${factline.import.max-upload-bytes:1073741824}") long maxBytes) {
        this.importer = importer;
        this.jobs = jobs;
        this.jobsBox = new ImportJobsPanel(jobs, this::finished);
        setWidthFull();
        addClassName("imports-page");

        H2 title = new H2("Import data");
        Paragraph intro = new Paragraph("Downloads as the providers publish them: World Bank (WDI, its catalog, "
                + "its bulk zip and DataBank exports), IMF World Economic Outlook, Eurostat TSV, FRED, Our World in "
                + "Data, SDMX-CSV (Eurostat, OECD, ECB) and tidy "
                + "indicator/geo/period/value files, as CSV, Excel, zip or gzip. Factline shows what it will do "
                + "before it does anything; every import keeps each revision as a new vintage and can be undone.");
        intro.addClassName("lead");

        // Our own temporary name: the uploaded file's name is the user's text and may hold any character.
        upload = new Upload(UploadHandler.toFile((meta, file) -> received(file.toPath(), meta.fileName()),
                meta -> Files.createTempFile("factline-upload-", ".csv").toFile()));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xls", ".xlsx", ".zip", ".gz", "text/csv", "text/plain",
                "text/tab-separated-values");
        upload.setDropLabel(new Span("Drop a file here (up to " + (maxBytes >> 20) + " MB)"));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage() + ": the limit is " + (maxBytes >> 20)
                + " MB, and only .csv, .tsv, .txt, .xls (IMF WEO), .xlsx, .zip and .gz files are taken"));

        format.setLabel("Format");
        java.util.List<String> formats = new java.util.ArrayList<>(java.util.List.of(AUTO));
        java.util.Arrays.stream(ImportFormat.values()).map(ImportFormat::label).forEach(formats::add);
        format.setItems(formats);
        format.setValue(AUTO);
        FormLayout options = new FormLayout(format, indicator, geography, sourceUrl, sheet, skipInvalid);
        options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commitPending());
        cancel.addClickListener(e -> cancelPending());
        preview.addClassName("import-preview");
        preview.setVisible(false);

        rejections.addColumn(Rejection::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rejections.addColumn(r -> r.column() == null ? "" : r.column().toString()).setHeader("Column").setAutoWidth(true)
                .setFlexGrow(0);
        rejections.addColumn(r -> r.value() == null ? "" : r.value()).setHeader("Value").setAutoWidth(true);
        rejections.addColumn(Rejection::reason).setHeader("Reason").setFlexGrow(1);
        rejections.addThemeVariants(GridVariant.LUMO_COMPACT);
        rejections.setAllRowsVisible(true);

        history.addColumn(ImportRecord::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        // Every column but the file keeps to its content's width, so that a World Bank file's long name
        // (API_NY.GDP.MKTP.KD.ZG_DS2_…) can be read.
        history.addColumn(ImportRecord::fileName).setHeader("File").setFlexGrow(1)
                .setTooltipGenerator(ImportRecord::fileName);
        history.addColumn(ImportRecord::format).setHeader("Format").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> WHEN.format(r.importedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRecord::importedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> count(r.added())).setHeader("Added").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> count(r.revised())).setHeader("Revised").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> count(r.unchanged())).setHeader("Unchanged").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> count(r.rejected())).setHeader("Rejected").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> r.undone() ? "undone " + WHEN.format(r.undoneAt()) : "in effect").setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        history.addComponentColumn(r -> {
            Button undo = new Button("Undo", e -> undo(r));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            undo.setEnabled(!r.undone());
            undo.setAriaLabel("Undo import #" + r.id());
            return undo;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("undo");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        historyEmpty.addClassName("empty-state");

        add(title, intro, options, upload, preview, jobsBox, new H3("Import history"), historyEmpty, history);
        refreshHistory();
        addDetachListener(e -> cancelPending());
    }

    private ImportOptions options() {
        String f = format.getValue();
        return new ImportOptions(f == null || f.equals(AUTO) ? null : ImportFormat.named(f), blankToNull(indicator),
                blankToNull(geography), blankToNull(sourceUrl), null, skipInvalid.getValue(), "web")
                .withSheet(blankToNull(sheet));
    }

    /** A file arrived: preview it (the import is run and rolled back) and offer to import it. */
    void received(Path file, String name) {
        cancelPending();
        pending = file;
        pendingName = name;
        ImportReport report = importer.preview(file, name, options());
        showReport(report, true);
    }

    /** Imports the previewed file in the background; the page follows its progress. */
    void commitPending() {
        if (pending == null) {
            return;
        }
        ImportJobs.Job job = jobs.submit(pending, pendingName, options());
        pending = null; // the job owns the file now
        preview.removeAll();
        preview.setVisible(false);
        upload.clearFileList();
        jobsBox.watch(job);
    }

    private void finished(ImportJobs.Job job) {
        ImportReport report = job.report().getNow(null);
        if (report == null) {
            error("The import of " + job.fileName() + " failed; see the log");
        } else {
            showReport(report, false);
            if (!report.refused()) {
                Notification.show("Imported " + report.fileName() + ": " + count(report.added()) + " added, "
                        + count(report.revised()) + " revised, " + count(report.unchanged()) + " unchanged", 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        }
        refreshHistory();
    }

    void cancelPending() {
        deletePending();
        preview.removeAll();
        preview.setVisible(false);
        upload.clearFileList();
    }

    private void deletePending() {
        if (pending != null) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
            pending = null;
        }
    }

    private void showReport(ImportReport r, boolean isPreview) {
        lastReport = r;
        preview.removeAll();
        preview.setVisible(true);
        preview.add(new H3((isPreview ? "Preview: " : "Result: ") + r.fileName()));
        for (String line : r.lines()) {
            Div l = new Div();
            l.setText(line.strip());
            l.addClassName("report-line");
            preview.add(l);
        }
        if (r.rejected() > 0) {
            rejections.setItems(r.rejections());
            preview.add(new H3("Rejected lines"), rejections);
        }
        if (isPreview) {
            commit.setEnabled(!r.refused());
            int n = r.added() + r.revised();
            commit.setText(r.refused() ? "Cannot import"
                    : "Import " + count(n) + (n == 1 ? " observation" : " observations"));
            preview.add(new HorizontalLayout(commit, cancel));
        }
    }


    private void undo(ImportRecord r) {
        try {
            int removed = importer.undo(r.id());
            Notification.show("Import #" + r.id() + " undone: " + removed + " observations removed", 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Problem e) {
            error(e.getMessage());
        }
        refreshHistory();
    }

    private void refreshHistory() {
        var all = importer.history();
        history.setItems(all);
        history.setVisible(!all.isEmpty());
        historyEmpty.setVisible(all.isEmpty());
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String blankToNull(TextField f) {
        return f.getValue() == null || f.getValue().isBlank() ? null : f.getValue().strip();
    }
}
