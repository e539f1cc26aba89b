package com.headpin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Headpin: a live workspace for B2B teams that sell large projects.
 * Push is on for every screen, so the collaboration layer can update other users' views.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Headpin", shortName = "Headpin")
public class HeadpinApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(HeadpinApplication.class, args);
    }
}
