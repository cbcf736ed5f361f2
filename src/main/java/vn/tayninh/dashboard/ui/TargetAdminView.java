package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.TargetAdministration;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.base.ui.PageGrids;

/** The administrator revises the numbers of a target (its level, band or count, and its deadline year). */
@Route("quan-tri/chi-tieu")
@Menu(title = "nav.targets", order = 95, icon = "vaadin:bullseye")
@RolesAllowed("ADMIN")
class TargetAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetAdministration administration;
    private final IndicatorEngine engine;
    final Grid<Target> grid = new Grid<>();

    TargetAdminView(TargetAdministration administration, IndicatorEngine engine) {
        this.administration = administration;
        this.engine = engine;
        addClassName("view-padding");
        setSizeFull();
        grid.setId("targets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Target::getCode).setKey("code").setHeader(getTranslation("targetAdmin.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation("target." + t.getCode() + ".name")).setKey("name")
                .setHeader(getTranslation("targetAdmin.name")).setAutoWidth(true);
        grid.addColumn(this::level).setKey("level").setHeader(getTranslation("targetAdmin.level")).setAutoWidth(true);
        grid.addColumn(Target::getDeadlineYear).setKey("deadline").setHeader(getTranslation("targetAdmin.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> new TargetDialog(t).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("targetAdmin.edit") + ": " + t.getCode());
            edit.setTooltipText(getTranslation("targetAdmin.edit"));
            edit.addClassName("target-edit");
            return edit;
        }).setKey("actions").setHeader(getTranslation("entry.actions")).setAutoWidth(true).setFlexGrow(0);
        PageGrids.fill(grid);
        refresh();
        add(new H2(getTranslation("targetAdmin.heading")), new Paragraph(getTranslation("targetAdmin.explanation")), grid);
    }

    private void refresh() {
        grid.setItems(engine.targets());
    }

    private String level(Target t) {
        return switch (t.getRule()) {
            case AT_LEAST -> "≥ " + percent(t.getLowerBound()) + " %";
            case ALL_OF -> "100 %";
            case BAND -> percent(t.getLowerBound()) + "–" + percent(t.getUpperBound()) + " %";
            case COUNT -> "≥ " + t.getLowerBound().stripTrailingZeros().toPlainString();
            case NONE -> getTranslation("targetAdmin.noNumber");
        };
    }

    private static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Edits one target: shares are entered as per cent, counts as a number. */
    class TargetDialog extends Dialog {

        final BigDecimalField lower = new BigDecimalField();
        final BigDecimalField upper = new BigDecimalField();
        final IntegerField deadline = new IntegerField();
        final Button save = new Button(getTranslation("common.save"));

        TargetDialog(Target target) {
            setHeaderTitle(target.getCode() + " – " + getTranslation("target." + target.getCode() + ".name"));
            setId("target-dialog");
            boolean share = target.getRule() == TargetRule.AT_LEAST || target.getRule() == TargetRule.BAND;
            lower.setLabel(getTranslation(share ? "targetAdmin.lowerPercent" : "targetAdmin.count"));
            upper.setLabel(getTranslation("targetAdmin.upperPercent"));
            lower.setVisible(target.getLowerBound() != null && target.getRule() != TargetRule.ALL_OF);
            upper.setVisible(target.getRule() == TargetRule.BAND);
            if (target.getLowerBound() != null) {
                lower.setValue(share ? target.getLowerBound().multiply(HUNDRED).stripTrailingZeros()
                        : target.getLowerBound().stripTrailingZeros());
            }
            if (target.getUpperBound() != null) {
                upper.setValue(target.getUpperBound().multiply(HUNDRED).stripTrailingZeros());
            }
            deadline.setLabel(getTranslation("targetAdmin.deadline"));
            deadline.setMin(TargetAdministration.FIRST_DEADLINE);
            deadline.setMax(TargetAdministration.LAST_DEADLINE);
            deadline.setValue(target.getDeadlineYear());
            FormErrors errors = new FormErrors().field("lowerBound", lower).field("upperBound", upper)
                    .field("deadlineYear", deadline);
            add(new FormLayout(lower, upper, deadline));
            save.setId("target-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                DialogSave.run(this, errors, "targetAdmin.field.",
                        () -> administration.revise(target.getCode(), share ? fromPercent(lower.getValue())
                                : lower.getValue(), fromPercent(upper.getValue()), deadline.getValue(),
                                target.getVersion()),
                        "targetAdmin.saved", TargetAdminView.this::refresh);
            });
            getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        }

        private static BigDecimal fromPercent(BigDecimal percent) {
            return percent == null ? null : percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targetAdmin.heading") + " – " + getTranslation("app.brand");
    }
}
