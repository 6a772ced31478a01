package org.openrcm.app;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules that keep tenancy "by construction": web adapters reach data only through the facades (which take the
 * actor's scope from {@code CurrentActor}), and SQL lives only in repositories (whose methods take that scope).
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openrcm.app");

    /** Controllers of pages and of the REST API. */
    static final DescribedPredicate<CanBeAnnotated> WEB_ADAPTERS = annotatedWith(Controller.class)
            .or(annotatedWith(RestController.class))
            .as("web adapters");

    @Test
    void controllersNeverTouchRepositoriesOrSql() {
        noClasses()
                .that(WEB_ADAPTERS)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(CLASSES);
    }

    @Test
    void noWebAdapterActsAsTheSystem() {
        noClasses()
                .that(WEB_ADAPTERS)
                .should()
                .callMethod(CurrentActor.class, "runAsSystem", String.class, java.util.function.Supplier.class)
                .because("a request acts as its signed-in user and sees only that user's practices")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesWriteSql() {
        noClasses()
                .that()
                .areNotAnnotatedWith(Repository.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(CLASSES);
    }
}
