package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.position.StaffingQuota;

/** The board changes a commune's staffing quota (biên chế) for one bloc. */
class QuotaDialog extends Dialog {

    final IntegerField quota = new IntegerField();
    final Button save = new Button();

    QuotaDialog(SeatService seats, Commune commune, Bloc bloc, StaffingQuota current, Runnable refresh) {
        setHeaderTitle(getTranslation("entry.quota.title", getTranslation("bloc." + bloc.name()), commune.getName()));
        setId("quota-dialog");
        long version = current == null ? 0 : current.getVersion();
        quota.setLabel(getTranslation("entry.field.quota"));
        quota.setMin(0);
        quota.setMax(SeatService.MAX_QUOTA);
        quota.setStepButtonsVisible(true);
        quota.setValue(current == null ? 0 : current.getQuota());
        FormErrors errors = new FormErrors().field("quota", quota);
        add(quota);
        save.setText(getTranslation("common.save"));
        save.setId("quota-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (quota.getValue() == null) {
                quota.setInvalid(true);
                quota.setErrorMessage(getTranslation("entry.rule.required"));
                return;
            }
            DialogSave.run(this, errors, "entry.field.",
                    () -> seats.setQuota(commune.getId(), bloc, quota.getValue(), version), "entry.saved.quota", refresh);
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
