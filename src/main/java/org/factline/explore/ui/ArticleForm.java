package org.factline.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.ToLongFunction;
import org.factline.problem.Problem;
import org.factline.source.NewSource;
import org.factline.source.Source;
import org.factline.source.SourceKind;

/**
 * A dialog to enter an article or edit one: URL, title, publisher, author, dates and its text pasted in. Saving
 * calls the given action; a refusal is shown in the dialog, as text, and nothing is saved.
 */
final class ArticleForm extends Dialog {

    final TextField url = new TextField("URL");
    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final TextField author = new TextField("Author");
    final DatePicker published = new DatePicker("Published");
    final DatePicker retrieved = new DatePicker("Retrieved");
    final TextArea text = new TextArea("Text");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save article");

    /**
     * @param existing the article to edit, or null for a new one
     * @param action   saves and returns the article's id; throws IllegalArgumentException to refuse
     * @param saved    called with the id once saved
     */
    ArticleForm(Source existing, ToLongFunction<NewSource> action, java.util.function.LongConsumer saved) {
        setHeaderTitle(existing == null ? "New article" : "Edit article");
        setWidth("min(56rem, 96vw)");
        url.setRequired(true);
        title.setRequired(true);
        url.setPlaceholder("https://…");
        text.setPlaceholder("Paste the article's text here: its figures are proposed for linking.");
        text.setHeight("16rem");
        text.setMaxLength(1_000_000);
        error.addClassName("form-error");
        FormLayout form = new FormLayout(url, title, publisher, author, published, retrieved, text);
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        add(form, error);
        if (existing != null) {
            url.setValue(existing.url());
            title.setValue(existing.title());
            publisher.setValue(existing.publisher() == null ? "" : existing.publisher());
            author.setValue(existing.author() == null ? "" : existing.author());
            published.setValue(existing.publishedOn());
            retrieved.setValue(existing.retrievedOn());
            text.setValue(existing.text() == null ? "" : existing.text());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                long id = action.applyAsLong(new NewSource(SourceKind.ARTICLE, url.getValue(), title.getValue(),
                        publisher.getValue(), author.getValue(), published.getValue(), retrieved.getValue(),
                        text.getValue()));
                close();
                saved.accept(id);
            } catch (Problem ex) {
                error.setText(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
