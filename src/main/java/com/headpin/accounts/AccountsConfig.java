package com.headpin.accounts;

import com.headpin.accounts.internal.AccountsProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsConfig {
}
