package vn.tayninh.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.page.AppShellConfigurator;
import jakarta.persistence.Entity;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * Keeps the feature packages honest: the domain of each feature (communes, cadres, positions, indicators…)
 * knows nothing of the UI, the pages (package {@code ui}) compose the features and nothing imports them, no two
 * packages depend on each other at any depth, and views reach data only through services.
 */
@AnalyzeClasses(packages = "vn.tayninh.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotDependOnTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            // the application shell is Vaadin configuration by nature; wiring such as the security configuration
            // names the login view on purpose
            .and().areNotAssignableTo(AppShellConfigurator.class)
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
            .as("feature domains (entities, repositories, services) do not depend on views or Vaadin components");

    @ArchTest
    static final ArchRule pagesAreImportedByNothing = noClasses()
            .that().resideOutsideOfPackage("vn.tayninh.dashboard.ui..")
            .should().dependOnClassesThat().resideInAPackage("vn.tayninh.dashboard.ui..")
            .as("the pages (package ui) compose the features; no feature depends on them");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("vn.tayninh.dashboard.(*)..")
            .should().beFreeOfCycles()
            .as("feature packages, with every sub-package, have no dependency cycles");

    @ArchTest
    static final ArchRule subPackagesAreFreeOfCycles = slices()
            .matching("vn.tayninh.dashboard.*.(*)..")
            .should().beFreeOfCycles()
            .as("within a feature, sub-packages (api, ui, seed, chart) have no dependency cycles either");

    @ArchTest
    static final ArchRule viewsUseServicesNotRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("views reach data only through transactional services");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes()
            .that().areAssignableTo(Repository.class)
            .should(new ArchCondition<>("be used only inside their own feature package") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                        JavaClass user = dependency.getOriginClass();
                        if (!user.getPackageName().equals(repository.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule entitiesLiveInFeaturePackages = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAnyPackage("vn.tayninh.dashboard.(*)")
            .andShould().notBeAnnotatedWith(Service.class);

    @ArchTest
    static final ArchRule servicesAreNotViews = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().resideInAPackage("..ui..");
}
