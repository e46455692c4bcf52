/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The supplier's CRM: no line of omega-dit configuration, only application.properties. */
@SpringBootApplication
public class CrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }
}
