package com.headpin.security;

import com.headpin.HeadpinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the operations endpoints tell whom (issue 9): anyone, such as a load balancer or the multinode script, sees
 * only that the node is up; which checks there are and their details only an administrator; the info endpoint says
 * nothing about the Java runtime, the system or the process.
 */
@HeadpinTest
class ActuatorEndpointsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    WebEndpointsSupplier endpoints;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyoneSeesOnlyThatTheNodeIsUp() throws Exception {
        // Besides the status, only the names of the probe groups (liveness, readiness), which are configuration.
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist())
                .andExpect(jsonPath("$.groups", containsInAnyOrder("liveness", "readiness")));
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            mvc.perform(get(probe)).andExpect(status().isOk())
                    .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
        }
    }

    @Test
    void aUserWhoIsNoAdministratorSeesNoChecks() throws Exception {
        mvc.perform(get("/actuator/health").with(user("rep3").roles("REP"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdministratorSeesTheChecksAndTheirDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").exists())
                .andExpect(jsonPath("$.components.diskSpace.details.free").exists());
    }

    @Test
    void infoNamesTheApplicationOnly() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$.app.name").value("Headpin"))
                .andExpect(jsonPath("$.java").doesNotExist())
                .andExpect(jsonPath("$.os").doesNotExist())
                .andExpect(jsonPath("$.process").doesNotExist())
                .andExpect(content().string(not(containsString("jdk"))));
    }

    @Test
    void noOtherEndpointIsOpen() {
        assertThat(endpoints.getEndpoints()).extracting(endpoint -> endpoint.getEndpointId().toString())
                .containsExactlyInAnyOrder("health", "info");
    }
}
