package com.headpin.accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccountsProperties.class, CustomerYear.class})
class AccountsConfig {
}
