package com.ticketorleaveit.vendors.query.directory;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.vendors.api.VendorErrors;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public vendor directory. */
@RestController
@RequestMapping("/api/v1/vendors")
class VendorDirectoryController {

    private final JdbcVendorDirectory directory;

    VendorDirectoryController(JdbcVendorDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{vendorId}")
    DirectoryEntry vendor(@PathVariable UUID vendorId) {
        return directory
                .find(vendorId)
                .orElseThrow(() -> ApiException.notFound(VendorErrors.VENDOR_NOT_FOUND, "No vendor " + vendorId + "."));
    }

    @GetMapping
    VendorPage vendors(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new VendorPage(directory.page(page, size), page, size, directory.count());
    }

    record VendorPage(List<DirectoryEntry> items, int page, int size, long total) {}
}
