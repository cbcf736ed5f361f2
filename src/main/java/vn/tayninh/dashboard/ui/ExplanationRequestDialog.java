package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.explanation.ExplanationRules;
import vn.tayninh.dashboard.explanation.Explanations;

/**
 * The board asks one commune, or several in one action (every commune behind on a target), to explain a target at
 * the reporting date shown, by a due date. The rules and rights are the service's.
 */
class ExplanationRequestDialog extends Dialog {

    final Select<String> target = new Select<>();
    final DateField dueDate = new DateField(getTranslation("explanation.field.dueDate"));
    final TextArea request = new TextArea(getTranslation("explanation.field.request"));
    final Button send = new Button(getTranslation("explanation.ask.send"));

    /**
     * @param communesByTarget the communes to ask for each target that may be chosen (one commune, or those behind)
     */
    ExplanationRequestDialog(Explanations explanations, Map<String, List<Commune>> communesByTarget, LocalDate asOf,
                             LocalDate today, Runnable refresh) {
        setId("explanation-request-dialog");
        setHeaderTitle(getTranslation("explanation.ask.title"));
        setWidth("36rem");
        Paragraph who = new Paragraph();
        target.setLabel(getTranslation("explanation.field.target"));
        target.setId("explanation-target");
        target.setItems(communesByTarget.keySet());
        target.setItemLabelGenerator(code -> code + " · " + getTranslation("target." + code + ".name"));
        target.addValueChangeListener(e -> who.setText(whom(communesByTarget.getOrDefault(e.getValue(), List.of()),
                asOf)));
        target.setValue(communesByTarget.keySet().iterator().next());
        target.setReadOnly(communesByTarget.size() == 1);
        dueDate.setId("explanation-due");
        dueDate.setValue(today.plusDays(14));
        dueDate.setMin(today);
        request.setId("explanation-request");
        request.setMaxLength(ExplanationRules.MAX_REQUEST);
        request.setWidthFull();
        request.setValue(getTranslation("explanation.ask.default"));
        FormErrors errors = new FormErrors().field("targetCode", target).field("dueDate", dueDate)
                .field("request", request);
        add(who, target, dueDate, request);

        send.setId("explanation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            List<Commune> asked = communesByTarget.getOrDefault(target.getValue(), List.of());
            Explanations.NewRequest newRequest = new Explanations.NewRequest(target.getValue(), asOf,
                    dueDate.getValue(), request.getValue());
            try {
                String message;
                if (asked.size() == 1) {
                    explanations.request(asked.getFirst().getCode(), newRequest);
                    message = getTranslation("explanation.ask.sent", asked.getFirst().getName());
                } else {
                    Explanations.Requested done = explanations.requestAll(asked.stream().map(Commune::getCode)
                            .toList(), newRequest);
                    message = getTranslation("explanation.ask.sentMany", done.created().size(),
                            done.skippedCommuneCodes().size());
                }
                close();
                refresh.run();
                Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    private String whom(List<Commune> communes, LocalDate asOf) {
        String date = vn.tayninh.dashboard.base.Formats.date(asOf);
        return communes.size() == 1 ? getTranslation("explanation.ask.one", communes.getFirst().getName(), date)
                : getTranslation("explanation.ask.many", communes.size(), date);
    }
}
