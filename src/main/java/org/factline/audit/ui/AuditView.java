package org.factline.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.factline.audit.AuditEvent;
import org.factline.audit.AuditLog;
import org.factline.audit.AuditQuery;
import org.factline.measure.FigureFormat;

/** Admins browse what editors and admins did, newest first, filtered by who, what and words. */
@Route("audit")
@PageTitle("Audit · Factline")
@Menu(order = 9.5, title = "Audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    static final String ANY = "any action";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField actor = new TextField("Who");
    final Select<String> action = new Select<>();
    final TextField text = new TextField("What");
    final Paragraph total = new Paragraph();
    final Grid<AuditEvent> grid = new Grid<>();
    private final AuditLog audit;

    public AuditView(AuditLog audit) {
        this.audit = audit;
        setSizeFull();
        actor.setPlaceholder("account name");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        List<String> actions = new ArrayList<>();
        actions.add(ANY);
        actions.addAll(AuditLog.ACTIONS);
        action.setLabel("Action");
        action.setItems(actions);
        action.setValue(ANY);
        text.setPlaceholder("file, article, figure, account");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(actor, action, text);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader("Who").setKey("actor").setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader("Action").setKey("action").setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader("On what").setKey("target").setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::target);
        grid.addColumn(AuditEvent::detail).setHeader("Detail").setKey("detail").setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::detail);
        grid.addColumn(AuditEvent::address).setHeader("Address").setKey("address").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setPageSize(100);
        total.addClassName("hint");
        add(new H2("Audit"), new Paragraph("Imports, undos, articles, links, review decisions, account changes and "
                + "failed sign-ins, locks and unlocks, each with who, when and from where."), filters, total, grid);
        refresh();
    }

    AuditQuery query() {
        return new AuditQuery(actor.getValue(), ANY.equals(action.getValue()) ? null : action.getValue(),
                text.getValue());
    }

    private void refresh() {
        AuditQuery q = query();
        long count = audit.count(q);
        total.setText(FigureFormat.count(count) + (count == 1 ? " entry" : " entries"));
        grid.setItems(page -> audit.find(q, page.getOffset(), page.getLimit()).stream());
    }
}
