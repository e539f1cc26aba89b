package com.headpin.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** One set of import limits for every module that imports files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportLimits.class)
class ImportConfig {
}
