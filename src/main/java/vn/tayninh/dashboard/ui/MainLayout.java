package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.notification.Notices;
import vn.tayninh.dashboard.notification.Subscriptions;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.IdleSessions;
import vn.tayninh.dashboard.security.ui.SessionTimeoutWarning;

/**
 * The shell around every view: title, side navigation built from the views' {@code @Menu} entries (whose
 * titles are translation keys, and which list only what the user may open), the notices' bell, language switch and
 * logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {


    /** The id of the landmark that holds the page, the skip link's target. */
    static final String MAIN_ID = "main-content";

    private final transient AuthenticatedUser authentication;
    private final transient Recipients recipients;
    private final Main main = new Main();
    private final NoticeBell bell;

    MainLayout(AuthenticatedUser authentication, Notices notices, Subscriptions subscriptions,
               CommuneService communes, Recipients recipients, IdleSessions idleSessions) {
        this.authentication = authentication;
        this.recipients = recipients;
        bell = new NoticeBell(notices, subscriptions, communes, authentication);
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("app-main");
        setContent(main);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.drawerToggle"));
        Div header = header();
        header.getStyle().set("flex-grow", "1");
        addToNavbar(skipLink(), toggle, header, bell);
        addToDrawer(brand(), navigation(communes), userBox());
        // warns before an idle session ends and keeps it while the person types
        getElement().appendChild(new SessionTimeoutWarning(idleSessions).getElement());
    }

    /** Shows the routed page inside the {@code main} landmark instead of straight in the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /**
     * After every navigation the keyboard and the screen reader start at the page's heading, not at the top of the
     * document or on the link that was followed.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.refresh();
        main.getElement().executeJs("""
                const heading = this.querySelector('h1, h2');
                const target = heading || this;
                if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
                target.focus({preventScroll: true});""");
    }

    /** The first stop of the keyboard: jumps past the navigation to the page; visible only when focused. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("nav.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // the page's <base href> would turn a bare fragment into a navigation to the start page: focus by hand
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  document.getElementById($0).focus();
                });""", MAIN_ID);
        return skip;
    }

    private Div header() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("app-subtitle");
        Div header = new Div(title, subtitle);
        header.addClassName("app-header");
        return header;
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.brand"));
        name.getStyle().set("font-weight", "600");
        Div brand = new Div(name);
        brand.getStyle().set("padding", "var(--lumo-space-m)");
        return brand;
    }

    /** The views' entries; for a commune editor their own commune's page first, one click from anywhere. */
    private SideNav navigation(CommuneService communes) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggleChildren")));
        authentication.get().filter(me -> me.role() == Role.COMMUNE_EDITOR && me.communeId() != null)
                .flatMap(me -> communes.findById(me.communeId()))
                .ifPresent(own -> {
                    SideNavItem item = new SideNavItem(own.getName(), RouteConfiguration.forSessionScope()
                            .getUrl(CommuneView.class, CommuneView.parameters(own)), VaadinIcon.HOME.create());
                    item.setId("nav-own-commune");
                    nav.addItem(item);
                });
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private VerticalLayout userBox() {
        // the person's name opens their own account: password, e-mail and language of their notices
        RouterLink user = new RouterLink(authentication.get().map(signedIn -> signedIn.displayName(getLocale()))
                .orElse(""), OwnAccountView.class);
        user.setId("own-account-link");
        user.getElement().setAttribute("title", getTranslation("account.own.link"));

        boolean english = Translations.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Button language = new Button(getTranslation(english ? "nav.language.vi" : "nav.language.en"),
                e -> switchLanguage(english ? Translations.VIETNAMESE : Translations.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        HorizontalLayout actions = new HorizontalLayout(language, logout);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout box = new VerticalLayout(new HorizontalLayout(VaadinIcon.USER.create(), user), actions);
        box.setSpacing(false);
        box.getStyle().set("margin-top", "auto");
        return box;
    }

    private void switchLanguage(Locale locale) {
        // notices by e-mail are written in the language last chosen
        recipients.rememberLanguage(locale);
        VaadinSession.getCurrent().setAttribute(Translations.SESSION_LOCALE, locale);
        UI.getCurrent().getPage().reload();
    }
}
