package com.headpin.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a trusted proxy the client comes from X-Forwarded-For; from anyone else the header is not believed. */
class ClientAddressesTest {

    private final ClientAddresses byDefault = new ClientAddresses(new TrustedProxyProperties(null));
    private final ClientAddresses behindNginx = new ClientAddresses(new TrustedProxyProperties(
            List.of("127.0.0.1", "::1")));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(byDefault.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
        assertThat(byDefault.clientAddress("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindTheLocalNginxTheAddressItSawIsTheClient() {
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindNginx.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
        // What the client claimed itself stays left of what nginx saw, and is not believed.
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of("10.9.9.9, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of("10.9.9.9", "203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void aRequestNotFromTheProxyCannotPickItsAddress() {
        assertThat(behindNginx.clientAddress("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void garbageAndHostNamesAreNotAddresses() {
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
        assertThat(behindNginx.clientAddress("127.0.0.1", List.of("<script>"))).isEqualTo("127.0.0.1");
    }
}
