package com.kpbank.lc.standalone.api;

/** The demo users of the standalone profile (API.md): HTTP Basic, password = user name. */
enum DemoUser {
    APPLICANT_1("applicant-1"),
    APPLICANT_2("applicant-2"),
    MANAGER("manager"),
    ANALYST("analyst"),
    OPERATOR("operator");

    private final String name;

    DemoUser(String name) {
        this.name = name;
    }

    String userName() {
        return name;
    }

    String password() {
        return name;
    }
}
