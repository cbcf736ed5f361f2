package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.notification.Notice;
import vn.tayninh.dashboard.notification.Notices;
import vn.tayninh.dashboard.notification.Subscription;
import vn.tayninh.dashboard.notification.Subscriptions;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * The signed-in user's notices, newest first, each marked read on its own or all at once; below, what they follow
 * (subscriptions), added and removed here. A commune editor is offered their own commune only.
 */
class NoticeDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId TAY_NINH = ZoneId.of("Asia/Ho_Chi_Minh");

    private final transient Notices notices;
    private final transient Subscriptions subscriptions;
    private final Map<Long, String> communeNames;
    private final UnorderedList list = new UnorderedList();
    private final UnorderedList followed = new UnorderedList();

    NoticeDialog(Notices notices, Subscriptions subscriptions, CommuneService communes, AuthenticatedUser user) {
        this.notices = notices;
        this.subscriptions = subscriptions;
        List<Commune> all = communes.findAll();
        communeNames = all.stream().collect(Collectors.toMap(Commune::getId, Commune::getName));
        setHeaderTitle(getTranslation("notice.heading"));
        setWidth("40rem");
        list.addClassName("notice-list");
        list.getElement().setAttribute("aria-label", getTranslation("notice.heading"));

        Button allRead = new Button(getTranslation("notice.markAllRead"), e -> {
            notices.markAllRead();
            showNotices();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_SMALL);

        CurrentUser me = user.require();
        Select<Subscription.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("notice.subscription.kind"));
        kind.setItems(Subscription.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("notice.subscription." + k.name()));
        kind.setValue(Subscription.Kind.STATUS);
        ComboBox<Commune> scope = new ComboBox<>(getTranslation("timeline.commune"));
        scope.setItemLabelGenerator(Commune::getName);
        if (me.role() == Role.COMMUNE_EDITOR) {
            List<Commune> own = all.stream().filter(c -> c.getId().equals(me.communeId())).toList();
            scope.setItems(own);
            scope.setValue(own.isEmpty() ? null : own.getFirst());
            scope.setReadOnly(true);
        } else {
            SearchBoxes.searchable(scope, all, Commune::getName);
            scope.setPlaceholder(getTranslation("notice.scope.province"));
            scope.setClearButtonVisible(true);
        }
        Button follow = new Button(getTranslation("notice.subscription.add"), e -> {
            try {
                subscriptions.subscribe(kind.getValue(), scope.getValue() == null ? null : scope.getValue().getId());
                scope.setInvalid(false);
            } catch (AccessRefusedException refused) {
                scope.setInvalid(true);
                scope.setErrorMessage(getTranslation("access.denied.commune"));
            }
            showSubscriptions();
        });
        HorizontalLayout form = new HorizontalLayout(kind, scope, follow);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new Div(allRead), list, new H3(getTranslation("notice.subscription.heading")),
                new Paragraph(getTranslation("notice.subscription.explanation")), followed, form);
        Button close = new Button(getTranslation("notice.close"), e -> close());
        getFooter().add(close);
        showNotices();
        showSubscriptions();
    }

    private void showNotices() {
        list.removeAll();
        List<Notice> latest = notices.latest();
        if (latest.isEmpty()) {
            list.add(new ListItem(getTranslation("notice.empty")));
        }
        for (Notice notice : latest) {
            Span when = new Span(TIME.format(notice.getCreatedAt().atZone(TAY_NINH)));
            when.addClassName("notice-time");
            Span text = new Span(notice.text(getLocale()));
            ListItem item = new ListItem(when, text);
            item.addClassName(notice.isRead() ? "notice-read" : "notice-unread");
            if (!notice.isRead()) {
                Button read = new Button(getTranslation("notice.markRead"), e -> {
                    notices.markRead(notice.getId());
                    showNotices();
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                read.setAriaLabel(getTranslation("notice.markRead") + ": " + text.getText());
                Span unread = new Span(getTranslation("notice.unread"));
                unread.addClassName("notice-unread-label");
                item.addComponentAsFirst(unread);
                item.add(read);
            }
            list.add(item);
        }
    }

    private void showSubscriptions() {
        followed.removeAll();
        List<ListItem> items = new ArrayList<>();
        for (Subscription s : subscriptions.mine()) {
            String scope = s.getCommuneId() == null ? getTranslation("notice.scope.province")
                    : communeNames.get(s.getCommuneId());
            String label = getTranslation("notice.subscription." + s.getKind().name()) + " – " + scope;
            Button remove = new Button(getTranslation("notice.subscription.remove"), e -> {
                subscriptions.unsubscribe(s.getId());
                showSubscriptions();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("notice.subscription.remove") + ": " + label);
            items.add(new ListItem(new Span(label), remove));
        }
        if (items.isEmpty()) {
            items.add(new ListItem(getTranslation("notice.subscription.none")));
        }
        items.forEach(followed::add);
    }
}
