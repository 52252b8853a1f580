package com.ticketorleaveit.vendors.query.directory;

import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.vendors.api.VendorErrors;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public vendor directory: every vendor by id, active ones in the list unless inactive ones are asked for too. */
@RestController
@RequestMapping("/api/v1/vendors")
class VendorDirectoryController {

    private final JdbcVendorDirectory directory;

    VendorDirectoryController(JdbcVendorDirectory directory) {
        this.directory = directory;
    }

    /** Inactive vendors too: events that booked one still show it. */
    @PublicEndpoint
    @Operation(operationId = "getVendor", summary = "A vendor of the directory")
    @GetMapping("/{vendorId}")
    DirectoryEntry vendor(@PathVariable UUID vendorId) {
        return directory
                .find(vendorId)
                .orElseThrow(() -> ApiException.notFound(VendorErrors.VENDOR_NOT_FOUND, "No vendor " + vendorId + "."));
    }

    /** Finds vendors by words ({@code q}) and genre; the criteria combine (ADR 19). */
    @PublicEndpoint
    @Operation(operationId = "searchVendors", summary = "Search the vendor directory")
    @GetMapping
    VendorPage vendors(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 50) String genre,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return directory.search(new DirectoryQuery(given(q), given(genre), includeInactive, page, size));
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
