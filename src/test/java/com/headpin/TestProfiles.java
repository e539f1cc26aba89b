package com.headpin;

import org.springframework.test.context.ActiveProfilesResolver;

/** Profile "test" always; "mysql-it" too when the build runs the MySQL-protocol pass (pom.xml, profile mysql-it). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String mysqlUrl = System.getProperty("headpin.test.mysql.url", "");
        return mysqlUrl.isBlank() ? new String[] {"test"} : new String[] {"test", "mysql-it"};
    }
}
