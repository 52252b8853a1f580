package com.ticketorleaveit.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlatformTestApplication {}
