package com.headpin.shared;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With several nodes, {@code headpin.node-route} (e.g. {@code n1}) is appended to every session id
 * ({@code ...ABC.n1}), so a load balancer keeps each session on the node that holds it, also after the id
 * changes at log-in. Empty (one node): session ids stay as they are.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${headpin.node-route:}") String route) {
        this.route = route.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            });
        }
    }
}
