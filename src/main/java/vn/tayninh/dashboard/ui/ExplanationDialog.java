package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.Map;
import vn.tayninh.dashboard.security.DisplayNames;
import java.time.format.DateTimeFormatter;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationRules;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.Explanations;

/**
 * One request for explanation: what was asked, the current answer, the history of steps; the commune answers it
 * here, the board accepts or returns it. Buttons follow the reader's rights, but the service decides.
 */
class ExplanationDialog extends Dialog {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final TextArea cause = new TextArea(getTranslation("explanation.field.cause"));
    final TextArea remedy = new TextArea(getTranslation("explanation.field.remedy"));
    final DateField expectedBy = new DateField(getTranslation("explanation.field.expectedBy"));
    final TextArea comment = new TextArea(getTranslation("explanation.field.comment"));

    /**
     * @param mayAnswer whether the reader may answer for the commune
     * @param mayDecide whether the reader may accept or return (BOARD, ADMIN)
     */
    ExplanationDialog(Explanations explanations, ExplanationDetails explanation, boolean mayAnswer, boolean mayDecide,
                      DisplayNames names, ZoneId zone, Runnable refresh) {
        setId("explanation-dialog");
        setWidth("44rem");
        setHeaderTitle(getTranslation("explanation.dialog.title", explanation.communeName(),
                explanation.targetCode()));
        DescriptionList facts = new DescriptionList();
        fact(facts, "explanation.field.target", explanation.targetCode() + " · "
                + getTranslation("target." + explanation.targetCode() + ".name"));
        fact(facts, "explanation.field.asOf", Formats.date(explanation.asOf()));
        fact(facts, "explanation.field.dueDate", Formats.date(explanation.dueDate()));
        facts.add(new DescriptionList.Term(getTranslation("explanation.field.state")),
                new DescriptionList.Description(ExplanationBadge.of(this, explanation)));
        fact(facts, "explanation.field.request", explanation.request());
        if (explanation.cause() != null) {
            fact(facts, "explanation.field.cause", explanation.cause());
            fact(facts, "explanation.field.remedy", explanation.remedy());
            fact(facts, "explanation.field.expectedBy", Formats.date(explanation.expectedBy()));
        }
        if (explanation.returnComment() != null) {
            fact(facts, "explanation.field.comment", explanation.returnComment());
        }
        add(facts, new H4(getTranslation("explanation.history")), history(explanation, names, zone));

        boolean awaitingAnswer = explanation.state() == ExplanationState.REQUESTED
                || explanation.state() == ExplanationState.RETURNED;
        if (mayAnswer && awaitingAnswer) {
            answerForm(explanations, explanation, refresh);
        } else if (mayDecide && explanation.state() == ExplanationState.ANSWERED) {
            decision(explanations, explanation, refresh);
        }
        getFooter().addComponentAsFirst(new Button(getTranslation("common.close"), e -> close()));
    }

    private void answerForm(Explanations explanations, ExplanationDetails explanation, Runnable refresh) {
        cause.setId("explanation-cause");
        cause.setMaxLength(ExplanationRules.MAX_CAUSE);
        cause.setWidthFull();
        cause.setValue(explanation.cause() == null ? "" : explanation.cause());
        remedy.setId("explanation-remedy");
        remedy.setMaxLength(ExplanationRules.MAX_REMEDY);
        remedy.setWidthFull();
        remedy.setValue(explanation.remedy() == null ? "" : explanation.remedy());
        expectedBy.setId("explanation-expected-by");
        expectedBy.setValue(explanation.expectedBy());
        FormErrors errors = new FormErrors().field("cause", cause).field("remedy", remedy)
                .field("expectedBy", expectedBy);
        add(new H4(getTranslation("explanation.answer.heading")), cause, remedy, expectedBy);
        Button answer = new Button(getTranslation("explanation.answer.send"));
        answer.setId("explanation-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> DialogSave.run(this, errors, "explanation.field.",
                () -> explanations.answer(explanation.id(), explanation.version(),
                        new Explanations.Answer(cause.getValue(), remedy.getValue(), expectedBy.getValue())),
                "explanation.answer.saved", refresh));
        getFooter().add(answer);
    }

    private void decision(Explanations explanations, ExplanationDetails explanation, Runnable refresh) {
        comment.setId("explanation-comment");
        comment.setMaxLength(ExplanationRules.MAX_COMMENT);
        comment.setWidthFull();
        comment.setHelperText(getTranslation("explanation.return.help"));
        FormErrors errors = new FormErrors().field("comment", comment);
        add(comment);
        Button giveBack = new Button(getTranslation("explanation.return.send"));
        giveBack.setId("explanation-return");
        giveBack.addClickListener(e -> DialogSave.run(this, errors, "explanation.field.",
                () -> explanations.giveBack(explanation.id(), explanation.version(), comment.getValue()),
                "explanation.return.saved", refresh));
        Button accept = new Button(getTranslation("explanation.accept.send"));
        accept.setId("explanation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(e -> DialogSave.run(this, errors, "explanation.field.",
                () -> explanations.accept(explanation.id(), explanation.version()),
                "explanation.accept.saved", refresh));
        getFooter().add(giveBack, accept);
    }

    private OrderedList history(ExplanationDetails explanation, DisplayNames names, ZoneId zone) {
        Map<String, String> actors = names.of(explanation.history().stream().map(ExplanationDetails.Step::actor)
                .toList(), getLocale());
        OrderedList list = new OrderedList();
        list.addClassName("explanation-history");
        for (ExplanationDetails.Step step : explanation.history()) {
            String line = getTranslation("explanation.history.step",
                    getTranslation("explanation.step." + step.state().name()),
                    step.actor() == null ? "" : actors.get(step.actor()),
                    TIME.format(step.at().atZone(zone)));
            ListItem item = new ListItem(new Span(line));
            if (step.note() != null && step.state() != ExplanationState.REQUESTED) {
                item.add(new Span(": " + step.note()));
            }
            list.add(item);
        }
        return list;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
