package com.ticketorleaveit.notifications.query.log;

import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A recipient's notifications, newest first; admins see everyone's. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationLogController {

    private final NotificationLogProjection log;

    NotificationLogController(NotificationLogProjection log) {
        this.log = log;
    }

    @Operation(operationId = "listNotifications", summary = "The caller's notifications and their delivery status")
    @GetMapping
    List<NotificationView> notifications(@RequestParam(required = false) UUID subjectId, Caller caller) {
        return log.find(caller.isAdmin() ? null : caller.userId(), subjectId);
    }
}
