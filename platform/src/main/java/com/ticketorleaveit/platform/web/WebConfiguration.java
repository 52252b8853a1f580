package com.ticketorleaveit.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Error responses as problem+json for every servlet deployable. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class WebConfiguration {}
