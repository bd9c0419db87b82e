package org.factline.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.factline.extraction.Candidate;
import org.factline.geography.Geography;
import org.factline.indicator.Indicator;
import org.factline.linking.Confirmation;
import org.factline.linking.LinkingService;
import org.factline.linking.Proposal;
import org.factline.measure.FigureFormat;
import org.factline.observation.ObservationStatus;
import org.factline.problem.Problem;

/**
 * Confirms one proposed figure: the indicator (or a new one), geography, period, status, signed value and quote,
 * prefilled with the suggestions. Confirming links it; a refusal is shown as text and nothing is written.
 */
final class LinkDialog extends Dialog {

    final ComboBox<Indicator> indicator = new ComboBox<>("Indicator");
    final TextField newCode = new TextField("New indicator code");
    final TextField newName = new TextField("New indicator name");
    final ComboBox<Geography> geography = new ComboBox<>("Geography");
    final TextField period = new TextField("Period");
    final Select<ObservationStatus> status = new Select<>();
    final TextField value = new TextField("Value as cited");
    final TextArea quote = new TextArea("Quote");
    final Paragraph error = new Paragraph();
    final Button confirm = new Button("Link figure");

    LinkDialog(long sourceId, Proposal proposal, List<Indicator> indicators, List<Geography> geographies,
                      LinkingService linking, Runnable linked) {
        Candidate c = proposal.candidate();
        setHeaderTitle("Link \u201c" + c.text() + "\u201d");
        setWidth("min(48rem, 96vw)");
        Paragraph reading = new Paragraph("Read as " + FigureFormat.format(c.value(), c.unit()) + " (" + c.kind().label()
                + ") in: \u201c" + c.sentence() + "\u201d");
        reading.addClassName("hint");
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.name() + " (" + i.code() + ", " + i.unit() + ")");
        indicator.setHelperText("Or fill in a new indicator below; its unit is the figure's: " + c.unit());
        indicator.setWidthFull();
        geography.setItems(geographies);
        geography.setItemLabelGenerator(g -> g.name() + " (" + g.code() + ")");
        period.setHelperText("2020, 2020-Q3, 2020-07 or 2020-07-14");
        status.setLabel("Status");
        // An article's figure is never official data: that is what it is checked against.
        status.setItems(java.util.Arrays.stream(ObservationStatus.values()).filter(s -> s != ObservationStatus.OFFICIAL).toList());
        status.setItemLabelGenerator(ObservationStatus::label);
        value.setHelperText("Signed: \u201cshrank by 8.6%\u201d is -8.6");
        value.setValue(c.value().toPlainString());
        quote.setValue(c.sentence().length() > 1000 ? c.text() : c.sentence());
        quote.setMaxLength(1000);
        error.addClassName("form-error");
        var s = proposal.suggestion();
        indicators.stream().filter(i -> i.code().equals(s.indicatorCode())).findFirst().ifPresent(indicator::setValue);
        geographies.stream().filter(g -> g.code().equals(s.geographyCode())).findFirst().ifPresent(geography::setValue);
        period.setValue(s.period() == null ? "" : s.period());
        status.setValue(s.status() == null ? ObservationStatus.PRELIMINARY : s.status());
        FormLayout form = new FormLayout(indicator, newCode, newName, geography, period, status, value, quote);
        form.setColspan(indicator, 2);
        form.setColspan(quote, 2);
        add(reading, form, error);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                boolean creating = !newName.getValue().isBlank();
                String code = creating ? newCode.getValue()
                        : indicator.getValue() == null ? null : indicator.getValue().code();
                BigDecimal v = value.getValue().isBlank() ? null : parse(value.getValue());
                linking.confirm(new Confirmation(sourceId, c.start(), c.end(), code, creating ? newName.getValue() : null,
                        geography.getValue() == null ? null : geography.getValue().code(), period.getValue(),
                        status.getValue(), v, quote.getValue()));
                close();
                linked.run();
            } catch (Problem ex) {
                error.setText(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip().replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number: write it like -8.6 or 100000000");
        }
    }
}
