package com.headpin.shared.ui;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.transaction.CannotCreateTransactionException;

/** A view that fails while opening (tests only): with a bug, or because the database cannot be reached. */
@Route("test/failing/:kind")
@PermitAll
class FailingTestView extends Div implements BeforeEnterObserver {

    static final String SECRET = "jdbc:mysql://db.internal:3306 password=hunter2";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if ("database".equals(event.getRouteParameters().get("kind").orElse(""))) {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, " + SECRET));
        }
        throw new IllegalStateException("A bug, near " + SECRET);
    }
}
